/**
 * A time zone's name as the host reads it, in the UI language. Its own module: the popup's
 * first paint names the zone, and the rest of lib/meetings/display-time.ts loads after it.
 */
import { uiLanguage } from '../i18n';

// The zone's name at `instant` (ms) in `style`; the IANA id when Intl has no name for it.
function zoneNamePart(
  instant: number,
  timeZone: string,
  style: 'long' | 'short',
  locale = uiLanguage(),
) {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(
    instant,
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Central European Standard Time" (the name changes with DST, so it needs the instant). */
export function zoneDisplayName(instant: number, timeZone: string, locale = uiLanguage()): string {
  return zoneNamePart(instant, timeZone, 'long', locale);
}
