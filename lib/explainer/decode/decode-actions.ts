import { t } from '../../i18n';
import type { Reply, ResultMeetingCheck } from '../../messaging';
import { joinTargetUrl } from '../../meetings/join-target';
import type { ActionId } from '../../webex/rs-catalogue';
import type { WebExSite } from '../../webex/types';
import { buildLogoutAndRetryLink } from '../../webex/url/links';
import { siteLandingPage } from '../../webex/url/site-pages';
import type { ExplainedText } from '../explained-text';
import {
  checkingOffer,
  meetingOffer,
  startedMessage,
  type MeetingOffer,
  type OfferClock,
} from '../meeting-offer';
import type { PanelStatus } from '../panel-runner';
import { explainedSummary } from './decode-summary';

/** What Decode's buttons touch: the popup's tabs, options page and clipboard. */
export interface DecodeActionEnv {
  /** The signed-in site, if any: a bare meeting number is joined there, and it is the site to
   * sign in to or out of when the pasted address names none. */
  signedInSite?: WebExSite;
  openTab(url: string): Promise<void>;
  openOptions(): void;
  copyText(text: string): Promise<void>;
  /** startPastedMeeting: the background checks the meeting again and opens its start tab. */
  startMeeting(data: PastedMeeting): Promise<Reply<ResultMeetingCheck>>;
}

/** The meeting a pasted result names, as describePastedMeeting and startPastedMeeting take it. */
export interface PastedMeeting {
  meetingKey: string;
  /** The pasted address's WebEx site (`https://host`); absent when it names none. */
  siteOrigin?: string;
}

/** The meeting Decode may offer to start, if the pasted result names one. */
export function pastedMeeting(explained: ExplainedText): PastedMeeting | undefined {
  const meetingKey = explained.next?.meetingKey;
  if (!meetingKey) return undefined;
  const siteOrigin = explained.next?.site?.origin;
  return siteOrigin ? { meetingKey, siteOrigin } : { meetingKey };
}

/**
 * The background's word on a pasted result's meeting before Start is offered: "Asking WebEx
 * about meeting …" at first, then ready (the host's own, with WebEx's topic and start) or why
 * not, in Decode's words.
 */
export function pastedMeetingCheck(
  meeting: PastedMeeting,
  describe: (data: PastedMeeting) => Promise<Reply<ResultMeetingCheck>>,
  clock: () => OfferClock,
): { initial: MeetingOffer; check(): Promise<MeetingOffer> } {
  return {
    initial: checkingOffer(meeting.meetingKey),
    check: async () => meetingOffer(await describe(meeting), meeting.meetingKey, clock(), 'paste'),
  };
}

/** Decode's buttons while the meeting check stands at `offer`: Start only once it is `ready`. */
export function offeredDecodeActions(
  actions: readonly ActionId[],
  offer: MeetingOffer | undefined,
): ActionId[] {
  if (offer?.state === 'ready') return [...actions];
  return actions.filter((action) => action !== 'start-meeting');
}

function siteFor(explained: ExplainedText, signedInSite?: WebExSite): WebExSite | undefined {
  return explained.next?.site ?? signedInSite;
}

/**
 * The panel's next steps that make sense in the popup, in the catalogue's order, then "Copy
 * details" (always). Left out: "open the extension" (this is it) and Dismiss (Clear is).
 * Start needs the result's meeting number (and shows only once the background says the meeting
 * is the host's own: `offeredDecodeActions`); Join a rebuilt link, or a signed-in site for a
 * bare number; sign-in and sign-out the pasted address's site or the signed-in one.
 */
export function decodeActions(explained: ExplainedText, signedInSite?: WebExSite): ActionId[] {
  const next = explained.next;
  const site = siteFor(explained, signedInSite);
  const usable = (next?.actions ?? []).filter((action) => {
    switch (action) {
      case 'start-meeting':
        return !!next?.meetingKey;
      case 'join-meeting':
        return !!next?.join && (next.join.kind === 'link' || !!signedInSite);
      case 'sign-in-on-site':
      case 'sign-out-of-webex':
        return !!site;
      case 'open-settings':
        return true;
      default:
        return false;
    }
  });
  return [...usable, 'copy-details'];
}

async function openTab(
  env: DecodeActionEnv,
  build: () => string,
  message: (url: string) => string,
) {
  let url: string;
  try {
    url = build();
  } catch {
    return { tone: 'error' as const, message: t('decode.status.notOpened') };
  }
  await env.openTab(url);
  return { tone: 'info' as const, message: message(url) };
}

/** Carries out one of Decode's buttons; what happened, in words for the host. */
export async function runDecodeAction(
  action: ActionId,
  explained: ExplainedText,
  env: DecodeActionEnv,
): Promise<PanelStatus> {
  const site = siteFor(explained, env.signedInSite);
  const join = explained.next?.join;
  switch (action) {
    case 'join-meeting':
      if (!join) break;
      return openTab(
        env,
        () => {
          if (join.kind === 'link') return join.url;
          if (!env.signedInSite) throw new Error('No site to join on.');
          return joinTargetUrl(join, env.signedInSite);
        },
        (url) => t('decode.status.joinOpened', { url }),
      );
    case 'sign-in-on-site':
      if (!site) break;
      return openTab(
        env,
        () => siteLandingPage(site),
        () => t('decode.status.signInOpened', { site: site.origin }),
      );
    case 'sign-out-of-webex':
      if (!site) break;
      return openTab(
        env,
        () => buildLogoutAndRetryLink(site, siteLandingPage(site)),
        () => t('decode.status.signOutOpened', { site: site.origin }),
      );
    case 'start-meeting': {
      const meeting = pastedMeeting(explained);
      if (!meeting) break;
      return startedMessage(await env.startMeeting(meeting), meeting.meetingKey, 'paste');
    }
    case 'open-settings':
      env.openOptions();
      return { tone: 'info', message: t('panel.status.openedOptions') };
    case 'copy-details':
      try {
        await env.copyText(explained.next?.summary ?? explainedSummary(explained));
        return { tone: 'info', message: t('panel.status.copied') };
      } catch {
        return { tone: 'error', message: t('panel.status.copyFailed') };
      }
    default:
      break;
  }
  return { tone: 'error', message: t('decode.status.notOpened') };
}
