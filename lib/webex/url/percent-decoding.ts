const ENCODED_BYTE = /%[0-9A-Fa-f]{2}/;
const ENCODED_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const utf8 = new TextDecoder('utf-8', { fatal: false });

export function looksPercentEncoded(text: string): boolean {
  return ENCODED_BYTE.test(text);
}

/** Decodes %XX runs as UTF-8; bad bytes become U+FFFD and stray `%` stay as they are. Never throws. */
export function decodeLeniently(text: string): string {
  return text.replace(ENCODED_RUN, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    return utf8.decode(bytes);
  });
}

/** Decodes once, and once more only if the value still looks encoded (double-encoded by a hop). */
export function decodeValue(raw: string): string {
  const once = decodeLeniently(raw);
  return looksPercentEncoded(once) ? decodeLeniently(once) : once;
}
