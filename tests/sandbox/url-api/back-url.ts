import type { UrlApiContext } from './context.ts';

export type CommandResult = [name: string, value: string][];

/** BU as an absolute http(s) URL (relative ones resolve on the site), or undefined if unusable. */
export function resolveBackUrl(
  context: UrlApiContext,
  backUrl: string | undefined,
): string | undefined {
  if (!backUrl) return undefined;
  try {
    const url = new URL(backUrl, context.origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Appends the result to the URL's existing query, keeping what was there byte for byte. */
export function appendResult(target: string, result: CommandResult): string {
  const hashAt = target.indexOf('#');
  const base = hashAt === -1 ? target : target.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : target.slice(hashAt);
  const pairs = result.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${pairs}${hash}`;
}

/** Where the browser goes with a result: BU, or WebEx's own landing page without one. */
export function resultTarget(
  context: UrlApiContext,
  backUrl: string | undefined,
  result: CommandResult,
): string {
  const target = resolveBackUrl(context, backUrl);
  if (target) return appendResult(target, result);
  return appendResult(`${context.origin}/mywebex/default.do?siteurl=${context.site.name}`, result);
}
