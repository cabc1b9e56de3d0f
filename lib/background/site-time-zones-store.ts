import { siteTimeZonesItem } from '../storage';
import type { KeptSiteTimeZones } from '../webex/types';
import type { SiteTimeZoneStore } from '../webex/xml/kept-site-zones';
import type { Item } from './environment';

/** The XML client's kept site zones, in lib/storage.ts's siteTimeZonesItem (one entry per site). */
export function storedSiteTimeZones(
  item: Item<Record<string, KeptSiteTimeZones>> = siteTimeZonesItem,
): SiteTimeZoneStore {
  return {
    async get(siteOrigin) {
      return (await item.getValue())[siteOrigin];
    },
    async set(siteOrigin, kept) {
      await item.setValue({ ...(await item.getValue()), [siteOrigin]: kept });
    },
  };
}
