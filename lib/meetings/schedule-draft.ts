import type { ScheduleFormValues } from './schedule-form';

/**
 * The schedule form as it was when a REST sign-in had to be renewed interactively: the toolbar
 * popup closes when Webex's sign-in window opens, so the form is kept in session storage
 * (lib/storage.ts `scheduleDraftItem`, never sync) and filled in again on the next open.
 */
export interface ScheduleDraft {
  /** Whose form: the account key as the popup writes it (site origin and WebEx ID, lower case). */
  owner: string;
  values: ScheduleFormValues;
  /** Epoch ms. */
  savedAt: number;
}

/** A draft older than this is not restored: the host has moved on. */
export const DRAFT_LIFETIME_MS = 60 * 60_000;

/** What to keep for `owner`'s form `values` at `now`. */
export function scheduleDraft(
  owner: string,
  values: ScheduleFormValues,
  now: number,
): ScheduleDraft {
  return { owner, values, savedAt: now };
}

/**
 * The values to fill the form with: the kept draft's when it is `owner`'s and less than
 * DRAFT_LIFETIME_MS old (and not from the future), else undefined. Another account's form is
 * never shown.
 */
export function restorableDraft(
  draft: ScheduleDraft | null | undefined,
  owner: string,
  now: number,
): ScheduleFormValues | undefined {
  if (!draft || draft.owner !== owner) return undefined;
  const age = now - draft.savedAt;
  return age >= 0 && age < DRAFT_LIFETIME_MS ? draft.values : undefined;
}
