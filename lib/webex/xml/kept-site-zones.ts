import { needsRefresh } from '../site-time-zones';
import type { KeptSiteTimeZones, Session } from '../types';
import type { XmlApiEnvironment } from './call';
import { lstTimeZone } from './operations/lst-time-zone';

/** Where each site's zone list is kept, by site origin (lib/storage.ts's siteTimeZonesItem). */
export interface SiteTimeZoneStore {
  get(siteOrigin: string): Promise<KeptSiteTimeZones | undefined>;
  set(siteOrigin: string, kept: KeptSiteTimeZones): Promise<void>;
}

/** A kept list is asked again after a day (DST changes, a site adding zones). */
export const SITE_TIME_ZONES_MAX_AGE_MS = 86_400_000;

/** A store in memory, for a backend without storage (tests, tools). */
export function memorySiteTimeZoneStore(): SiteTimeZoneStore {
  const kept = new Map<string, KeptSiteTimeZones>();
  return {
    get: async (siteOrigin) => kept.get(siteOrigin),
    set: async (siteOrigin, value) => {
      kept.set(siteOrigin, value);
    },
  };
}

function lackedIds(zones: KeptSiteTimeZones['zones'], metIds: readonly number[]): number[] {
  return metIds.filter((id) => !zones.some((zone) => zone.timeZoneId === id));
}

/**
 * The site's own zones (LstTimeZone), asked once per site and kept; asked again when the kept
 * list is a day old or an answer names a zone ID it lacks (once per such ID). Never fails: if
 * LstTimeZone does, the kept list (or none: the built-in table) is used.
 */
export function keptSiteZones(
  env: XmlApiEnvironment,
  store: SiteTimeZoneStore,
  now: () => number,
): (session: Session, metIds: readonly number[]) => Promise<KeptSiteTimeZones | undefined> {
  const asking = new Map<string, Promise<KeptSiteTimeZones | undefined>>();

  async function refresh(
    session: Session,
    kept: KeptSiteTimeZones | undefined,
    metIds: readonly number[],
  ) {
    try {
      const zones = await lstTimeZone(env, session);
      const unknownIds = lackedIds(zones, [...new Set([...metIds, ...(kept?.unknownIds ?? [])])]);
      const fresh: KeptSiteTimeZones = {
        fetchedAt: now(),
        zones,
        ...(unknownIds.length > 0 ? { unknownIds } : {}),
      };
      await store.set(session.site.origin, fresh);
      return fresh;
    } catch {
      return kept;
    }
  }

  return async (session, metIds) => {
    const origin = session.site.origin;
    const running = asking.get(origin);
    if (running) return running;
    const kept = await store.get(origin).catch(() => undefined);
    if (!needsRefresh(kept, metIds, now(), SITE_TIME_ZONES_MAX_AGE_MS)) return kept;
    const answer = refresh(session, kept, metIds).finally(() => asking.delete(origin));
    asking.set(origin, answer);
    return answer;
  };
}
