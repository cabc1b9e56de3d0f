import { t } from './i18n';
import type { WebExErrorInfo } from './webex/errors';
import { unexpectedErrorInfo } from './unexpected-error';

/**
 * A message the background never answered (the extension was reloaded or updated meanwhile,
 * so the message port closed). A handler that throws answers a FailedReply instead.
 */
export function unansweredMessageError(cause: unknown): WebExErrorInfo {
  return unexpectedErrorInfo(cause, (detail) => ({
    title: t('common.unanswered.title'),
    meaning: t('common.unanswered.meaning', { detail }),
    action: t('common.unanswered.action'),
  }));
}
