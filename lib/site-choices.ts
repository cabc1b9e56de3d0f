import { t } from './i18n';
import type { HostProfile } from './webex/types';

/** One site the REST account may be used on, as the popup's site chooser lists it. */
export interface SiteChoice {
  /** The site's host name, e.g. `acme.webex.com` (the form `/meetingPreferences` gives). */
  host: string;
  /** `/people/me` lists the site with `#attendee` only: the host cannot schedule there. */
  attendeeOnly: boolean;
}

const lower = (host: string) => host.toLowerCase();

/**
 * The sites of a REST account, host sites first (in `/meetingPreferences` order), then sites
 * where the host is only an attendee, each once (compared without case). `chosen` (the signed-in
 * site's host) is always among them, so the chooser can show what the background picked.
 */
export function siteChoices(profile: HostProfile, chosen: string): SiteChoice[] {
  const seen = new Set<string>();
  const choices: SiteChoice[] = [];
  const add = (host: string, attendeeOnly: boolean) => {
    if (seen.has(lower(host))) return;
    seen.add(lower(host));
    choices.push({ host, attendeeOnly });
  };
  for (const host of profile.sites ?? []) add(host, false);
  for (const host of profile.attendeeSites ?? []) add(host, true);
  add(chosen, isAttendeeOnlySite(profile, chosen));
  return choices;
}

/** True when `host` is one of the account's attendee-only sites and not one of its host sites. */
export function isAttendeeOnlySite(profile: HostProfile, host: string): boolean {
  const is = (list: string[] | undefined) =>
    (list ?? []).some((site) => lower(site) === lower(host));
  return is(profile.attendeeSites) && !is(profile.sites);
}

/**
 * Why the host cannot schedule on `host` (an attendee-only site of the REST account), in words
 * shown before Schedule; undefined where they can.
 */
export function attendeeSiteProblem(profile: HostProfile, host: string): string | undefined {
  return isAttendeeOnlySite(profile, host) ? t('schedule.attendeeSite', { host }) : undefined;
}
