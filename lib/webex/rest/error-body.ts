// What a REST error answer says, read from hostile text: the JSON error shape of design.md
// ("The REST API (facts)": `{message, errors[{description}], trackingId}`), capped.

/** Longest text kept from one field of an error answer, in characters. */
export const MAX_ERROR_TEXT = 500;
/** Most `errors[]` descriptions kept. */
export const MAX_ERROR_DESCRIPTIONS = 5;

/** The parts of a REST error answer the explanation shows. */
export interface RestErrorBody {
  /** `errors[].description`, else `message`: Webex's own words, as plain text. */
  descriptions: string[];
  trackingId?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return trimmed.length > MAX_ERROR_TEXT ? `${trimmed.slice(0, MAX_ERROR_TEXT)}…` : trimmed;
}

/** Reads `{message, errors[{description}], trackingId}` from parsed JSON; anything else is empty. */
export function readErrorBody(json: unknown): RestErrorBody {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { descriptions: [] };
  const record = json as Record<string, unknown>;
  const errors = Array.isArray(record.errors) ? record.errors : [];
  const described = errors
    .slice(0, MAX_ERROR_DESCRIPTIONS)
    .flatMap((error: unknown) =>
      error !== null && typeof error === 'object'
        ? (text((error as Record<string, unknown>).description) ?? [])
        : [],
    );
  const message = text(record.message);
  const descriptions = described.length > 0 ? described : message ? [message] : [];
  const trackingId = text(record.trackingId);
  return trackingId ? { descriptions, trackingId } : { descriptions };
}

/** Longest wait a `Retry-After` may ask of a read before it is given up, in seconds. */
export const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * `Retry-After` in whole seconds from `now`: delta-seconds or an HTTP date (RFC 9110 10.2.3);
 * undefined when absent or unreadable. Never negative.
 */
export function retryAfterSeconds(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value || value.length > 64) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
