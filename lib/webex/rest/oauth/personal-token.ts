import { t } from '../../../i18n';
import { WebExError } from '../../errors';
import type { RestGrant } from '../grant';
import { tokenText } from './redirect';

/** A personal access token lives 12 hours from when it was made (design.md); counted from paste. */
export const PERSONAL_TOKEN_MS = 12 * 3600 * 1000;
/** The shortest text taken for a personal access token, in characters (Webex's are ~100). */
export const MIN_PERSONAL_TOKEN_LENGTH = 20;

/**
 * A grant from a personal access token pasted by the host (developer.webex.com, "Your personal
 * access token"): trimmed, shape- and size-checked, good for 12 hours from `now` (epoch ms) at
 * most, since the page does not say when it was made. Rejects `input` (never quoting the text).
 */
export function personalTokenGrant(text: string, now: number): RestGrant {
  const trimmed = text.trim().replace(/^Bearer\s+/i, '');
  const token = trimmed.length >= MIN_PERSONAL_TOKEN_LENGTH ? tokenText(trimmed) : undefined;
  if (!token) {
    const explanation = {
      title: t('webex.oauth.personalToken.title'),
      meaning: t('webex.oauth.personalToken.meaning'),
      action: t('webex.oauth.personalToken.action'),
    };
    throw new WebExError('input', explanation.title, explanation);
  }
  return { accessToken: token, expiresAt: now + PERSONAL_TOKEN_MS, tokenKind: 'personal' };
}
