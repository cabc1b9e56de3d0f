import type { GetRandomValues } from './random';

/** One id per form submission: the background makes one meeting per id, however often it is sent. */
export function newRequestId(getRandomValues: GetRandomValues): string {
  const bytes = getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
