// Shared by the XML and REST transports: no WebEx answer is read past its size cap.

/**
 * The body as UTF-8 text (as `Response.text()` reads it), or undefined as soon as it passes
 * `maxBytes`: the rest is cancelled, never read, whatever Content-Length claimed.
 */
export async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
