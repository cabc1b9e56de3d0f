/**
 * WebEx timeZoneIDs as a current site lists them (LstTimeZone): the 2011 schema's 0-61 with ID 0
 * at +12 as live sites give it (docs/webex-protocol.md "Time zones"), and IDs past 61.
 */
export interface WebExTimeZone {
  id: number;
  label: string;
  iana: string;
}

const ZONES: [label: string, iana: string][] = [
  ['GMT+12:00, Dateline (Marshall Islands)', 'Pacific/Majuro'],
  ['GMT-11:00, Samoa (Samoa)', 'Pacific/Pago_Pago'],
  ['GMT-10:00, Hawaii (Honolulu)', 'Pacific/Honolulu'],
  ['GMT-09:00, Alaska (Ancorage)', 'America/Anchorage'],
  ['GMT-08:00, Pacific (San Jose)', 'America/Los_Angeles'],
  ['GMT-07:00, Mountain (Arizona)', 'America/Phoenix'],
  ['GMT-07:00, Mountain (Denver)', 'America/Denver'],
  ['GMT-06:00, Central (Chicago)', 'America/Chicago'],
  ['GMT-06:00, Mexico (Mexico City,Tegucigalpa)', 'America/Mexico_City'],
  ['GMT-06:00, Central (Regina)', 'America/Regina'],
  ['GMT-05:00, S. America Pacific (Bogota)', 'America/Bogota'],
  ['GMT-05:00, Eastern (New York)', 'America/New_York'],
  ['GMT-05:00, Eastern (Indiana)', 'America/Indiana/Indianapolis'],
  ['GMT-04:00, Atlantic (Halifax)', 'America/Halifax'],
  ['GMT-04:00, S. America Western (Caracas)', 'America/Caracas'],
  ['GMT-03:30, Newfoundland (Newfoundland)', 'America/St_Johns'],
  ['GMT-03:00, S. America Eastern (Brasilia)', 'America/Sao_Paulo'],
  ['GMT-03:00, S. America Eastern (Buenos Aires)', 'America/Argentina/Buenos_Aires'],
  ['GMT-02:00, Mid-Atlantic (Mid-Atlantic)', 'Atlantic/South_Georgia'],
  ['GMT-01:00, Azores (Azores)', 'Atlantic/Azores'],
  ['GMT+00:00, Greenwich (Casablanca)', 'Etc/GMT'],
  ['GMT+00:00, GMT (London)', 'Europe/London'],
  ['GMT+01:00, Europe (Amsterdam)', 'Europe/Amsterdam'],
  ['GMT+01:00, Europe (Paris)', 'Europe/Paris'],
  ['GMT+01:00, Europe (Prague)', 'Europe/Prague'],
  ['GMT+01:00, Europe (Berlin)', 'Europe/Berlin'],
  ['GMT+02:00, Greece (Athens)', 'Europe/Athens'],
  ['GMT+02:00, Eastern Europe (Bucharest)', 'Europe/Bucharest'],
  ['GMT+02:00, Egypt (Cairo)', 'Africa/Cairo'],
  ['GMT+02:00, South Africa (Pretoria)', 'Africa/Johannesburg'],
  ['GMT+02:00, Northern Europe (Helsinki)', 'Europe/Helsinki'],
  ['GMT+02:00, Israel (Tel Aviv)', 'Asia/Jerusalem'],
  ['GMT+03:00, Saudi Arabia (Baghdad)', 'Asia/Baghdad'],
  ['GMT+03:00, Russian (Moscow)', 'Europe/Moscow'],
  ['GMT+03:00, Nairobi (Nairobi)', 'Africa/Nairobi'],
  ['GMT+03:00, Iran (Tehran)', 'Asia/Tehran'],
  ['GMT+04:00, Arabian (Abu Dhabi, Muscat)', 'Asia/Dubai'],
  ['GMT+04:00, Baku (Baku)', 'Asia/Baku'],
  ['GMT+04:00, Afghanistan (Kabul)', 'Asia/Kabul'],
  ['GMT+05:00, West Asia (Ekaterinburg)', 'Asia/Yekaterinburg'],
  ['GMT+05:00, West Asia (Islamabad)', 'Asia/Karachi'],
  ['GMT+05:30, India (Bombay)', 'Asia/Kolkata'],
  ['GMT+06:00, Columbo (Columbo)', 'Asia/Colombo'],
  ['GMT+06:00, Central Asia (Almaty)', 'Asia/Almaty'],
  ['GMT+07:00, Bangkok (Bangkok)', 'Asia/Bangkok'],
  ['GMT+08:00, China (Beijing)', 'Asia/Shanghai'],
  ['GMT+08:00, Australia Western (Perth)', 'Australia/Perth'],
  ['GMT+08:00, Singapore (Singapore)', 'Asia/Singapore'],
  ['GMT+08:00, Taipei (Hong Kong)', 'Asia/Taipei'],
  ['GMT+09:00, Tokyo (Tokyo)', 'Asia/Tokyo'],
  ['GMT+09:00, Korea (Seoul)', 'Asia/Seoul'],
  ['GMT+09:30, Yakutsk (Yakutsk)', 'Asia/Yakutsk'],
  ['GMT+09:30, Australia Central (Adelaide)', 'Australia/Adelaide'],
  ['GMT+09:30, Australia Central (Darwin)', 'Australia/Darwin'],
  ['GMT+10:00, Australia Eastern (Brisbane)', 'Australia/Brisbane'],
  ['GMT+10:00, Australia Eastern (Sydney)', 'Australia/Sydney'],
  ['GMT+10:00, West Pacific (Guam)', 'Pacific/Guam'],
  ['GMT+10:00, Tasmania (Hobart)', 'Australia/Hobart'],
  ['GMT+10:00, Vladivostok (Vladivostok)', 'Asia/Vladivostok'],
  ['GMT+11:00, Central Pacific (Solomon Is)', 'Pacific/Guadalcanal'],
  ['GMT+12:00, New Zealand (Wellington)', 'Pacific/Auckland'],
  ['GMT+12:00, Fiji (Fiji)', 'Pacific/Fiji'],
  // Past the schema: zones current sites list.
  ['GMT-09:00, Alaska (Anchorage)', 'America/Anchorage'],
  ['GMT+05:45, Nepal (Kathmandu)', 'Asia/Kathmandu'],
  ["GMT+13:00, Tonga (Nuku'alofa)", 'Pacific/Tongatapu'],
  ['GMT-02:00, Greenland (Nuuk)', 'America/Nuuk'],
];

export const TIME_ZONES: readonly WebExTimeZone[] = ZONES.map(([label, iana], id) => ({
  id,
  label,
  iana,
}));

export function findTimeZone(id: number): WebExTimeZone | undefined {
  return Number.isInteger(id) ? TIME_ZONES[id] : undefined;
}

/** The zone's UTC offset at an instant, in minutes (east positive). */
export function offsetMinutesAt(iana: string, instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone: offset zero
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Standard (winter) offset: the smaller of January's and July's. */
export function standardOffsetMinutes(iana: string, year: number): number {
  return Math.min(
    offsetMinutesAt(iana, Date.UTC(year, 0, 1)),
    offsetMinutesAt(iana, Date.UTC(year, 6, 1)),
  );
}

/** The instant a wall-clock time (given as if it were UTC) names in the zone. */
export function wallClockToInstant(wallClockAsUtc: number, iana: string): number {
  let instant = wallClockAsUtc - offsetMinutesAt(iana, wallClockAsUtc) * 60_000;
  instant = wallClockAsUtc - offsetMinutesAt(iana, instant) * 60_000;
  return instant;
}

/** The zone's wall-clock time at an instant, expressed as if it were UTC. */
export function instantToWallClock(instant: number, iana: string): number {
  return instant + offsetMinutesAt(iana, instant) * 60_000;
}
