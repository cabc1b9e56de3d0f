import { t } from '../../../i18n';
import { WebExError } from '../../errors';
import type { RestGrant } from '../grant';

/** A personal access token lasts 12 hours from when developer.webex.com showed it (design.md). */
export const PERSONAL_TOKEN_HOURS = 12;
const HOUR_MS = 3_600_000;
/** Webex's tokens are about 100 URL-safe characters; anything else is not a token. */
const TOKEN_SHAPE = /^[\w.~+/=-]{20,1024}$/;

/**
 * A grant for a personal access token the host pasted: trimmed, checked for a token's shape,
 * assumed to end PERSONAL_TOKEN_HOURS from now (Webex does not say when it was made). Throws a
 * WebExError of kind `input` for text that is no token; the text is never put in the error.
 */
export function personalTokenGrant(text: string, now: number): RestGrant {
  const token = text.trim().replace(/^Bearer\s+/i, '');
  if (!TOKEN_SHAPE.test(token)) {
    const explanation = {
      title: t('account.personalToken.title'),
      meaning: t('account.personalToken.meaning'),
      action: t('account.personalToken.action'),
    };
    throw new WebExError('input', explanation.title, explanation);
  }
  return {
    accessToken: token,
    expiresAt: now + PERSONAL_TOKEN_HOURS * HOUR_MS,
    tokenKind: 'personal',
  };
}
