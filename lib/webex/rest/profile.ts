import { isWebExError } from '../errors';
import { pickTimeZoneId } from '../time-zones';
import type { HostProfile, PersonalRoom, SiteMeetingType } from '../types';
import { canonicalZone } from '../wall-clock';
import type { RestPerson, RestPreferences, RestSessionType } from './api-types';
import { restUnexpected } from './failures';
import { REST_BASE_URL, type RestSession } from './session';
import { restCall, type RestEnvironment } from './transport';

// Who the host is: `GET /people/me` (name, e-mail, time zone), then, best effort,
// `GET /meetingPreferences` (sites, default site, Personal Room) and
// `GET /meetings/sessionTypes` (the site's meeting types, REST's `sessionTypeId`).

const MAX_LISTED = 50;

function text(value: unknown, max = 256): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
}

function siteName(value: unknown): string | undefined {
  const site = text(value)?.split('#')[0]?.toLowerCase();
  return site && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(site) ? site : undefined;
}

/** Reads `/people/me`; the first e-mail address stands for the XML client's WebEx ID. */
export function readPerson(json: unknown, now: number): HostProfile | undefined {
  const person = (json ?? {}) as Partial<Record<keyof RestPerson, unknown>>;
  const emails = Array.isArray(person.emails) ? person.emails : [];
  const email = text(emails[0]);
  if (!email) return undefined;
  const zone = typeof person.timezone === 'string' ? canonicalZone(person.timezone) : undefined;
  const displayName = text(person.displayName);
  const siteUrls = (Array.isArray(person.siteUrls) ? person.siteUrls : []).slice(0, MAX_LISTED);
  const withRole = (role: string) =>
    siteUrls
      .filter((site: unknown) => typeof site === 'string' && site.endsWith(`#${role}`))
      .flatMap((site: unknown) => siteName(site) ?? []);
  const sites = withRole('host');
  const attendeeSites = withRole('attendee').filter((site) => !sites.includes(site));
  return {
    webExId: email,
    email,
    firstName: text(person.firstName) ?? '',
    lastName: text(person.lastName) ?? '',
    meetingTypes: [],
    timeZoneId: zone ? pickTimeZoneId(zone, now) : undefined,
    ...(zone ? { timeZone: zone } : {}),
    ...(displayName ? { displayName } : {}),
    ...(sites.length > 0 ? { sites } : {}),
    ...(attendeeSites.length > 0 ? { attendeeSites } : {}),
  };
}

/** Reads `/meetingPreferences`: the host's sites, the default one, the Personal Room. */
export function readPreferences(json: unknown): Partial<HostProfile> {
  const preferences = (json ?? {}) as Partial<Record<keyof RestPreferences, unknown>>;
  const listed = Array.isArray(preferences.sites) ? preferences.sites.slice(0, MAX_LISTED) : [];
  const sites = listed.flatMap(
    (site: { siteUrl?: unknown } | null) => siteName(site?.siteUrl) ?? [],
  );
  const defaultSite = siteName(
    listed.find((site: { default?: unknown } | null) => site?.default === true)?.siteUrl,
  );
  const room = (preferences.personalMeetingRoom ?? {}) as Record<string, unknown>;
  const link = text(room.personalMeetingRoomLink, 2048);
  const topic = text(room.topic);
  const personalRoom: PersonalRoom | undefined = link?.startsWith('https://')
    ? { link, ...(topic ? { topic } : {}) }
    : undefined;
  return {
    ...(sites.length > 0 ? { sites } : {}),
    ...(defaultSite ? { defaultSite } : {}),
    ...(personalRoom ? { personalRoom } : {}),
  };
}

/** Reads `/meetings/sessionTypes`: meeting (not webinar) types with a numeric id, in order. */
export function readSessionTypes(json: unknown): SiteMeetingType[] {
  const items = (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.slice(0, MAX_LISTED).flatMap((item: Partial<RestSessionType> | null) => {
    const id = Number(item?.id);
    if (!Number.isSafeInteger(id) || item?.type === 'webinar') return [];
    const name = text(item?.name);
    return [{ id, ...(name ? { name } : {}) }];
  });
}

// Sites, Personal Room and meeting types enrich the profile; a missing scope or a fault there
// does not stop the host from signing in. An expired token stops everything.
async function bestEffort(read: () => Promise<unknown>): Promise<unknown> {
  try {
    return await read();
  } catch (error) {
    if (isWebExError(error) && error.kind === 'token-expired') throw error;
    return undefined;
  }
}

type ProfileRead = 'getPerson' | 'getPreferences' | 'listSessionTypes';

const profileGet = (
  env: RestEnvironment,
  session: RestSession,
  operation: ProfileRead,
  path: string,
) => restCall(env, session, { operation, method: 'GET', url: `${REST_BASE_URL}${path}` });

/** `/meetings/sessionTypes` for the session's site (best effort); nothing without a site. */
async function siteSessionTypes(env: RestEnvironment, session: RestSession): Promise<unknown> {
  if (session.siteUrl === '') return undefined;
  const site = new URLSearchParams({ siteUrl: session.siteUrl });
  return bestEffort(
    async () =>
      (await profileGet(env, session, 'listSessionTypes', `/meetings/sessionTypes?${site}`)).json,
  );
}

/** `profile` with the meeting types of `/meetings/sessionTypes` (an answer or undefined). */
function withSessionTypes(profile: HostProfile, sessionTypes: unknown): HostProfile {
  const siteMeetingTypes = readSessionTypes(sessionTypes);
  const next: HostProfile = { ...profile, meetingTypes: siteMeetingTypes.map((type) => type.id) };
  if (siteMeetingTypes.length > 0) next.siteMeetingTypes = siteMeetingTypes;
  else delete next.siteMeetingTypes;
  return next;
}

/**
 * The host's profile for the XML client's HostProfile, with the REST-only fields filled:
 * `GET /people/me`, then `/meetingPreferences` and (with a site) `/meetings/sessionTypes`, each
 * once (a read is asked again only after a 429 or 423 with `Retry-After`, lib/webex/rest/transport.ts).
 * Throws the transport's WebExErrors; `unexpected` when `/people/me` names no e-mail address.
 */
export async function getRestProfile(
  env: RestEnvironment,
  session: RestSession,
): Promise<HostProfile> {
  const person = readPerson(
    (await profileGet(env, session, 'getPerson', '/people/me')).json,
    env.now(),
  );
  if (!person)
    throw restUnexpected({ operation: 'getPerson', siteUrl: session.siteUrl }, '"emails"');
  const [preferences, sessionTypes] = await Promise.all([
    bestEffort(
      async () => (await profileGet(env, session, 'getPreferences', '/meetingPreferences')).json,
    ),
    siteSessionTypes(env, session),
  ]);
  const preferred = readPreferences(preferences);
  // A site the preferences list as the host's own is no attendee-only site.
  const { attendeeSites: listed = [], ...who } = person;
  const attendeeSites = listed.filter((site) => !preferred.sites?.includes(site));
  return withSessionTypes(
    {
      ...who,
      ...preferred,
      ...(attendeeSites.length > 0 ? { attendeeSites } : {}),
      meetingTypes: [],
    },
    sessionTypes,
  );
}

/**
 * `known` (a profile getRestProfile read moments ago without a site: who the host is, their
 * sites) completed for the session's site: only `GET /meetings/sessionTypes` is asked, not
 * `/people/me` and `/meetingPreferences` again (they do not depend on the site). Its meeting
 * types replace known's; best effort like getRestProfile's (an expired token still throws).
 */
export async function getRestSiteProfile(
  env: RestEnvironment,
  session: RestSession,
  known: HostProfile,
): Promise<HostProfile> {
  return withSessionTypes(known, await siteSessionTypes(env, session));
}
