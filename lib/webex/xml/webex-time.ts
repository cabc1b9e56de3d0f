import { WebExError } from '../errors';
import { fromWebExStart, toWebExStart } from '../time-zones';
import { unexpectedAnswer } from './failures';
import type { XmlOperation } from './operation-names';

/** `toWebExStart`, with its RangeError (after 2050, invalid instant) as a WebExError. */
export function webExStartFor(
  instantMs: number,
  ianaZone: string,
  fallbackTimeZoneId?: number,
): { startDate: string; timeZoneId: number } {
  try {
    return toWebExStart(instantMs, ianaZone, fallbackTimeZoneId);
  } catch (error) {
    const meaning = error instanceof Error ? error.message : String(error);
    throw new WebExError('input', `Start time refused: ${meaning}`, {
      title: 'WebEx cannot take this start time',
      meaning,
      action: 'Pick another start date and time, then try again.',
    });
  }
}

/** The instant of a `startDate` WebEx sent; a date it cannot mean is an unexpected answer. */
export function instantFromWebEx(
  startDate: string,
  timeZoneId: number,
  operation: XmlOperation,
): number {
  try {
    return fromWebExStart(startDate, timeZoneId);
  } catch {
    throw unexpectedAnswer(
      operation,
      `a start time it could read ("${startDate}" in time zone ${timeZoneId})`,
    );
  }
}
