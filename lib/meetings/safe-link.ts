/** A server-given link, if it is a plain https URL (never javascript:, data: and the like). */
export function httpsLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
