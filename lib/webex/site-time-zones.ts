import { timeZoneById, WEBEX_TIME_ZONES, type WebExTimeZone } from './time-zone-table';
import type { KeptSiteTimeZones, SiteTimeZone } from './types';
import { offsetMinutesAt, type ZoneRule } from './wall-clock';

/** A WebEx `timeZoneID` with the rule that gives its wall-clock time. */
export interface ZoneChoice {
  id: number;
  rule: ZoneRule;
}

const LABEL_OFFSET = /\b(?:GMT|UTC)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?/i;

/**
 * The offset a WebEx zone label shows, in minutes (east positive): `GMT-09:00, Alaska (Anchorage)`
 * is -540, `GMT+05:45, Kathmandu` is 345; undefined for a label without one.
 */
export function labelOffsetMinutes(label: string | undefined): number | undefined {
  const match = LABEL_OFFSET.exec(label ?? '');
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 14 * 60) return undefined;
  return match[1] === '+' ? minutes : -minutes;
}

/**
 * The text in the parentheses that end the label (`Anchorage` in `Alaska (Anchorage) `), by
 * plain scanning: a pattern for it was quadratic on a label of many `(`.
 */
function lastParenthesised(label: string): string | undefined {
  const text = label.trimEnd();
  const close = text.length - 1;
  if (text.charAt(close) !== ')') return undefined;
  const open = text.indexOf('(', text.lastIndexOf(')', close - 1) + 1);
  return open >= 0 && open < close - 1 ? text.slice(open + 1, close) : undefined;
}

/** The place a label names: `Anchorage` in `GMT-09:00, Alaska (Anchorage)`, lower-cased. */
function labelPlace(label: string): string | undefined {
  const inParentheses = lastParenthesised(label);
  const place = inParentheses ?? label.split(',').slice(1).join(',');
  const first = place.split(',')[0]?.trim().toLowerCase();
  return first ? first : undefined;
}

/** The table's place for a zone: `anchorage` in `-9 Anchorage`. */
function tablePlace(zone: WebExTimeZone): string {
  return zone.label.replace(/^[+-]\d+(?::\d+)?\s+/, '').toLowerCase();
}

/** Offsets the IANA zone has in January and July of the instant's year (standard and DST). */
function yearOffsets(ianaZone: string, atMs: number): number[] {
  const year = new Date(atMs).getUTCFullYear();
  return [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].map((at) => offsetMinutesAt(at, ianaZone));
}

/** Whether the table zone shows this offset at `atMs` (exact) or at some time of that year. */
function tableAgrees(zone: WebExTimeZone, offset: number, atMs: number, exact: boolean): boolean {
  if (exact) return offsetMinutesAt(atMs, zone.ianaZone) === offset;
  return zone.standardOffsetMinutes === offset || yearOffsets(zone.ianaZone, atMs).includes(offset);
}

function byPlace(label: string, offset: number, atMs: number, exact: boolean) {
  const place = labelPlace(label);
  if (place === undefined) return undefined;
  return WEBEX_TIME_ZONES.find(
    (zone) => tablePlace(zone) === place && tableAgrees(zone, offset, atMs, exact),
  );
}

/**
 * The rule for a zone the site describes (docs/webex-protocol.md "Time zones": real sites'
 * `LstTimeZone` disagrees with the 2011 schema, ID 0 being +12 and IDs going past 61):
 * 1. the built-in table's IANA zone for the same ID, when that zone's offset at `atMs` is the
 *    site's (`gmtOffset` is the offset in force when the list was asked, DST included; with
 *    `exact` false, as for a meeting's label, any offset the zone has that year will do);
 * 2. else the table zone whose place the description names (`... (Anchorage)`) with that offset;
 * 3. else a fixed offset: `gmtOffset` as the site gave it (its `fallInDST` already counted in it;
 *    the list is asked again daily, so a DST change is picked up within a day).
 */
export function siteZoneRule(
  id: number,
  offsetMinutes: number,
  description: string,
  atMs: number,
  exact = true,
): ZoneRule {
  const sameId = timeZoneById(id);
  if (sameId && tableAgrees(sameId, offsetMinutes, atMs, exact)) {
    return { ianaZone: sameId.ianaZone };
  }
  const named = byPlace(description, offsetMinutes, atMs, exact);
  return named ? { ianaZone: named.ianaZone } : { offsetMinutes };
}

function ruleForEntry(entry: SiteTimeZone, fetchedAt: number): ZoneRule {
  return siteZoneRule(entry.timeZoneId, entry.gmtOffsetMinutes, entry.description, fetchedAt);
}

/** Every zone a host can pick: the site's list when there is one, else the built-in table. */
export function zoneChoices(site?: KeptSiteTimeZones): ZoneChoice[] {
  if (site && site.zones.length > 0) {
    return site.zones.map((entry) => ({
      id: entry.timeZoneId,
      rule: ruleForEntry(entry, site.fetchedAt),
    }));
  }
  return WEBEX_TIME_ZONES.map((zone) => ({ id: zone.id, rule: { ianaZone: zone.ianaZone } }));
}

/**
 * The rule for a `timeZoneID` met in an answer: the site's own entry first; else the offset in
 * the answer's zone label (`GMT-09:00, Alaska (Anchorage)`), read as `siteZoneRule` reads a
 * site entry; else the built-in table by ID; else undefined (shown as WebEx wrote it).
 * `atMs`: about when the time lies (the label's offset may be standard or daylight time).
 */
export function resolveZone(
  id: number | undefined,
  label: string | undefined,
  site: KeptSiteTimeZones | undefined,
  atMs: number,
): ZoneRule | undefined {
  const entry = site?.zones.find((zone) => zone.timeZoneId === id);
  if (entry && site) return ruleForEntry(entry, site.fetchedAt);
  const offset = labelOffsetMinutes(label);
  if (offset !== undefined) return siteZoneRule(id ?? -1, offset, label ?? '', atMs, false);
  const table = id === undefined ? undefined : timeZoneById(id);
  return table ? { ianaZone: table.ianaZone } : undefined;
}

/** Whether the kept list should be asked again: a day old, or an ID met that it lacks. */
export function needsRefresh(
  kept: KeptSiteTimeZones | undefined,
  metIds: readonly number[],
  now: number,
  maxAgeMs: number,
): boolean {
  if (!kept || now - kept.fetchedAt >= maxAgeMs || now < kept.fetchedAt) return true;
  return metIds.some(
    (id) =>
      !kept.zones.some((zone) => zone.timeZoneId === id) && !(kept.unknownIds ?? []).includes(id),
  );
}
