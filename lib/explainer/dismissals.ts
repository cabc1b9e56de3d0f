/** How many dismissed results are remembered; older ones are forgotten first. */
export const MAX_REMEMBERED_DISMISSALS = 50;

/** The list after dismissing `fingerprint`: newest last, no duplicates, at most `max` long. */
export function withDismissal(
  dismissed: readonly string[],
  fingerprint: string,
  max = MAX_REMEMBERED_DISMISSALS,
): string[] {
  const others = dismissed.filter((entry) => entry !== fingerprint);
  return [...others, fingerprint].slice(-max);
}

/**
 * A dismissed result stays hidden when the host comes back to the same page by reloading it
 * or with back/forward. A new navigation to it (WebEx redirecting after a new attempt) is a
 * new outcome and shows again, so one dismissal never hides future failures.
 */
export function isDismissed(
  dismissed: readonly string[],
  fingerprint: string,
  navigationType: string | undefined,
): boolean {
  const revisit = navigationType === 'reload' || navigationType === 'back_forward';
  return revisit && dismissed.includes(fingerprint);
}
