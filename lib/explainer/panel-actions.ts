import { t } from '../i18n';
import type { ActionId } from '../webex/rs-catalogue';

/** Button text per action, the same wherever an explanation is shown, in the browser's language. */
export const ACTION_LABELS: Record<ActionId, string> = {
  'sign-in-again': t('panel.actions.signInAgain'),
  'start-meeting': t('panel.actions.startMeeting'),
  'log-out-and-retry': t('panel.actions.logOutAndRetry'),
  'open-extension': t('panel.actions.openExtension'),
  'copy-details': t('panel.actions.copyDetails'),
  dismiss: t('panel.actions.dismiss'),
};

export interface ActionContext {
  /** The meeting key from the result, if any. */
  meetingKey?: string;
  /** True when the panel knows which WebEx site to sign out of. */
  siteKnown: boolean;
}

/**
 * The actions the panel offers, in the catalogue's order, without those it cannot carry out
 * here. Without a known site "log out and retry" becomes "open the extension" (which can
 * start the meeting again); dismiss is always there, and last.
 */
export function usableActions(actions: readonly ActionId[], context: ActionContext): ActionId[] {
  const usable = actions.flatMap((action): ActionId[] => {
    if (action === 'start-meeting' && !context.meetingKey) return [];
    if (action === 'log-out-and-retry' && !context.siteKnown) return ['open-extension'];
    if (action === 'dismiss') return [];
    return [action];
  });
  return [...new Set(usable), 'dismiss'];
}

/**
 * The buttons while the meeting check stands at `offer`: Start only once the background said
 * the meeting is the host's own (`ready`); refused, "open the extension" takes its place (its
 * Recent tab starts the host's meetings); still checking, neither.
 */
export function offeredActions(
  actions: readonly ActionId[],
  offer: { state: 'checking' | 'ready' | 'refused' } | undefined,
): ActionId[] {
  if (!offer || offer.state === 'ready' || !actions.includes('start-meeting')) return [...actions];
  const others = actions.filter((action) => action !== 'start-meeting');
  if (offer.state === 'checking' || others.includes('open-extension')) return others;
  return ['open-extension', ...others];
}
