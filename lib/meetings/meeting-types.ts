import type { HostProfile, SiteMeetingType } from '../webex/types';

/** What the site said about meeting type `id` (LstMeetingType), if it said anything. */
export function siteMeetingType(
  profile: Pick<HostProfile, 'siteMeetingTypes'>,
  id: number | undefined,
): SiteMeetingType | undefined {
  return id === undefined ? undefined : profile.siteMeetingTypes?.find((type) => type.id === id);
}

/** The site's name for meeting type `id`: its displayName, else its name; undefined if none. */
export function meetingTypeName(
  profile: Pick<HostProfile, 'siteMeetingTypes'>,
  id: number | undefined,
): string | undefined {
  const type = siteMeetingType(profile, id);
  return type?.displayName ?? type?.name;
}

/** The longest meeting of type `id` in minutes, when the site gave it. */
export function maxDurationOfType(
  profile: Pick<HostProfile, 'siteMeetingTypes'>,
  id: number | undefined,
): number | undefined {
  return siteMeetingType(profile, id)?.maxDurationMinutes;
}

/**
 * The longest meeting any of the host's types allows (minutes), for a default that suits them
 * all; undefined when the site did not give the limit of every type.
 */
export function longestAllowed(
  profile: Pick<HostProfile, 'meetingTypes' | 'siteMeetingTypes'>,
): number | undefined {
  const limits = profile.meetingTypes.map((id) => maxDurationOfType(profile, id));
  if (limits.length === 0 || limits.some((limit) => limit === undefined)) return undefined;
  return Math.max(...(limits as number[]));
}
