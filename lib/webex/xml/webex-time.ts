import { WebExError } from '../errors';
import { t } from '../../i18n';
import {
  FIRST_WEBEX_YEAR,
  fromWebExStart,
  LAST_WEBEX_YEAR,
  StartTimeRangeError,
  toWebExStart,
  type StartTimeProblem,
} from '../time-zones';
import type { KeptSiteTimeZones } from '../types';
import { unreadableStartTime } from './failures';
import type { XmlOperation } from './operation-names';

/**
 * `toWebExStart`, with its refusal (before 1970, after 2050, not a time) as a WebExError;
 * `site`: the site's own zones (LstTimeZone), else the built-in table.
 */
export function webExStartFor(
  instantMs: number,
  ianaZone: string,
  fallbackTimeZoneId?: number,
  site?: KeptSiteTimeZones,
): { startDate: string; timeZoneId: number } {
  try {
    return toWebExStart(instantMs, ianaZone, fallbackTimeZoneId, site);
  } catch (error) {
    if (!(error instanceof StartTimeRangeError)) throw error;
    throw new WebExError('input', `Start time refused: ${error.message}`, {
      title: t('webex.startTime.title'),
      meaning: startTimeProblem(error.problem),
      action: t('webex.startTime.action'),
    });
  }
}

function startTimeProblem(problem: StartTimeProblem): string {
  switch (problem) {
    case 'invalid':
      return t('webex.startTime.invalid');
    case 'tooEarly':
      return t('webex.startTime.tooEarly', { year: FIRST_WEBEX_YEAR });
    case 'tooLate':
      return t('webex.startTime.tooLate', { year: LAST_WEBEX_YEAR });
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
    throw unreadableStartTime(operation, startDate, timeZoneId);
  }
}
