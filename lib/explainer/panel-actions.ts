import { t } from '../i18n';
import type { ActionId } from '../webex/rs-catalogue';

/**
 * Button text per action, the same wherever an explanation is shown, in the browser's language.
 * Each says what the button does: "Sign in on the WebEx site" (the browser's WebEx session,
 * not the extension's), "Sign out of WebEx", "Open WebEx Host Helper settings".
 */
export const ACTION_LABELS: Record<ActionId, string> = {
  'sign-in-on-site': t('panel.actions.signInOnSite'),
  'start-meeting': t('panel.actions.startMeeting'),
  'join-meeting': t('panel.actions.joinMeeting'),
  'sign-out-of-webex': t('panel.actions.signOutOfWebEx'),
  'open-extension': t('panel.actions.openExtension'),
  'open-settings': t('panel.actions.openSettings'),
  'copy-details': t('panel.actions.copyDetails'),
  dismiss: t('panel.actions.dismiss'),
};

export interface ActionContext {
  /** The meeting key from the result, if any. */
  meetingKey?: string;
  /** True when the panel knows which WebEx site to sign in to or out of. */
  siteKnown: boolean;
  /** True when the result page itself is on a WebEx site: the meeting is joined there. */
  pageOnSite?: boolean;
}

/**
 * The actions the panel offers, in the catalogue's order, without those it cannot carry out
 * here: no Start or Join without a meeting number, no Join off the meeting's own site, no
 * sign-in without a known site. Without a known site "sign out of WebEx" becomes "open the
 * extension" (which can start the meeting again); dismiss is always there, and last.
 */
export function usableActions(actions: readonly ActionId[], context: ActionContext): ActionId[] {
  const usable = actions.flatMap((action): ActionId[] => {
    if (action === 'start-meeting' && !context.meetingKey) return [];
    if (action === 'join-meeting' && !(context.meetingKey && context.pageOnSite)) return [];
    if (action === 'sign-in-on-site' && !context.siteKnown) return [];
    if (action === 'sign-out-of-webex' && !context.siteKnown) return ['open-extension'];
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
