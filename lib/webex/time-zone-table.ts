// WebEx's `timeZoneID`s (docs/webex-protocol.md "Time zones"): the 2011 schema's 62 zones, each
// with the IANA zone whose rules give its wall-clock time. Only the fallback: a site's own
// LstTimeZone is the truth (site-time-zones.ts), and real sites differ (ID 0 is +12, not the
// schema's -12) and list IDs past 61.
/** A WebEx `timeZoneID` with the IANA zone whose rules (DST included) give its wall-clock time. */
export interface WebExTimeZone {
  id: number;
  /** As WebEx lists it, e.g. `-8 San Jose`. */
  label: string;
  ianaZone: string;
  /** Standard-time offset from UTC as WebEx labels it (the IANA zone may have moved since). */
  standardOffsetMinutes: number;
}

/** The zone integrators use as plain "GMT"; the last resort when nothing else fits. */
export const GMT_TIME_ZONE_ID = 20;

function zone(
  id: number,
  label: string,
  ianaZone: string,
  hours: number,
  minutes = 0,
): WebExTimeZone {
  const sign = hours < 0 ? -1 : 1;
  return { id, label, ianaZone, standardOffsetMinutes: hours * 60 + sign * minutes };
}

export const WEBEX_TIME_ZONES: readonly WebExTimeZone[] = Object.freeze([
  // The schema's "GMT-12:00, Dateline (Eniwetok)" was a mislabel: live sites give +12.
  zone(0, '+12 Dateline (Marshall Islands)', 'Pacific/Majuro', 12),
  zone(1, '-11 Samoa', 'Pacific/Pago_Pago', -11),
  zone(2, '-10 Honolulu', 'Pacific/Honolulu', -10),
  zone(3, '-9 Anchorage', 'America/Anchorage', -9),
  zone(4, '-8 San Jose', 'America/Los_Angeles', -8),
  zone(5, '-7 Arizona', 'America/Phoenix', -7),
  zone(6, '-7 Denver', 'America/Denver', -7),
  zone(7, '-6 Chicago', 'America/Chicago', -6),
  zone(8, '-6 Mexico City', 'America/Mexico_City', -6),
  zone(9, '-6 Regina', 'America/Regina', -6),
  zone(10, '-5 Bogota', 'America/Bogota', -5),
  zone(11, '-5 New York', 'America/New_York', -5),
  zone(12, '-5 Indiana', 'America/Indiana/Indianapolis', -5),
  zone(13, '-4 Halifax', 'America/Halifax', -4),
  zone(14, '-4 Caracas', 'America/Caracas', -4),
  zone(15, '-3:30 Newfoundland', 'America/St_Johns', -3, 30),
  zone(16, '-3 Brasilia', 'America/Sao_Paulo', -3),
  zone(17, '-3 Buenos Aires', 'America/Argentina/Buenos_Aires', -3),
  zone(18, '-2 Mid-Atlantic', 'Atlantic/South_Georgia', -2),
  zone(19, '-1 Azores', 'Atlantic/Azores', -1),
  zone(20, '+0 Greenwich (GMT)', 'Etc/GMT', 0),
  zone(21, '+0 London', 'Europe/London', 0),
  zone(22, '+1 Amsterdam', 'Europe/Amsterdam', 1),
  zone(23, '+1 Paris', 'Europe/Paris', 1),
  zone(24, '+1 Prague', 'Europe/Prague', 1),
  zone(25, '+1 Berlin', 'Europe/Berlin', 1),
  zone(26, '+2 Athens', 'Europe/Athens', 2),
  zone(27, '+2 Bucharest', 'Europe/Bucharest', 2),
  zone(28, '+2 Cairo', 'Africa/Cairo', 2),
  zone(29, '+2 Pretoria', 'Africa/Johannesburg', 2),
  zone(30, '+2 Helsinki', 'Europe/Helsinki', 2),
  zone(31, '+2 Tel Aviv', 'Asia/Jerusalem', 2),
  zone(32, '+3 Baghdad', 'Asia/Baghdad', 3),
  zone(33, '+3 Moscow', 'Europe/Moscow', 3),
  zone(34, '+3 Nairobi', 'Africa/Nairobi', 3),
  zone(35, '+3:30 Tehran', 'Asia/Tehran', 3, 30),
  zone(36, '+4 Abu Dhabi', 'Asia/Dubai', 4),
  zone(37, '+4 Baku', 'Asia/Baku', 4),
  zone(38, '+4:30 Kabul', 'Asia/Kabul', 4, 30),
  zone(39, '+5 Ekaterinburg', 'Asia/Yekaterinburg', 5),
  zone(40, '+5 Islamabad', 'Asia/Karachi', 5),
  zone(41, '+5:30 Bombay', 'Asia/Kolkata', 5, 30),
  zone(42, '+6 Colombo', 'Asia/Colombo', 6),
  zone(43, '+6 Almaty', 'Asia/Almaty', 6),
  zone(44, '+7 Bangkok', 'Asia/Bangkok', 7),
  zone(45, '+8 Beijing', 'Asia/Shanghai', 8),
  zone(46, '+8 Perth', 'Australia/Perth', 8),
  zone(47, '+8 Singapore', 'Asia/Singapore', 8),
  zone(48, '+8 Taipei', 'Asia/Taipei', 8),
  zone(49, '+9 Tokyo', 'Asia/Tokyo', 9),
  zone(50, '+9 Seoul', 'Asia/Seoul', 9),
  zone(51, '+9 Yakutsk', 'Asia/Yakutsk', 9),
  zone(52, '+9:30 Adelaide', 'Australia/Adelaide', 9, 30),
  zone(53, '+9:30 Darwin', 'Australia/Darwin', 9, 30),
  zone(54, '+10 Brisbane', 'Australia/Brisbane', 10),
  zone(55, '+10 Sydney', 'Australia/Sydney', 10),
  zone(56, '+10 Guam', 'Pacific/Guam', 10),
  zone(57, '+10 Hobart', 'Australia/Hobart', 10),
  zone(58, '+10 Vladivostok', 'Asia/Vladivostok', 10),
  zone(59, '+11 Solomon Is', 'Pacific/Guadalcanal', 11),
  zone(60, '+12 Wellington', 'Pacific/Auckland', 12),
  zone(61, '+12 Fiji', 'Pacific/Fiji', 12),
]);

/** The zone with this `timeZoneID`, if the table has it. */
export function timeZoneById(id: number): WebExTimeZone | undefined {
  return Number.isInteger(id) ? WEBEX_TIME_ZONES[id] : undefined;
}
