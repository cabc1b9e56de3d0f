/**
 * `text` as a URL, or undefined when it is not one: the one place that turns the URL
 * constructor's throw into a value.
 */
export function parseUrl(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}
