import { t } from '../i18n';
import { formatStartShort } from '../meetings/display-time';
import type { Reply, ResultMeetingCheck, ResultMeetingRefusal } from '../messaging';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import { quoted } from './quote';

/**
 * What the panel says about the meeting a result names, before it offers Start: still asking
 * the background, ready (the host's own meeting, as WebEx describes it), or refused (why not).
 * Only `ready` shows the Start button.
 */
export type MeetingOffer =
  | { state: 'checking'; message: string }
  | { state: 'ready'; message: string }
  | { state: 'refused'; message: string };

/** Where the start time is read: the browser's zone, the clock, the UI language. */
export interface OfferClock {
  now: number;
  timeZone: string;
}

/** "Asking WebEx about meeting 123 456 789…", shown while the background checks. */
export function checkingOffer(meetingKey: string): MeetingOffer {
  return {
    state: 'checking',
    message: t('panel.meeting.checking', { number: formatMeetingNumber(meetingKey) }),
  };
}

/**
 * Where the meeting's number came from: a result page (the in-page panel) or an address pasted
 * into Decode; the refusals that name the source say it so.
 */
export type OfferPlace = 'page' | 'paste';

/** The sentence for a refusal: what the extension knows, never only what the address says. */
export function refusalMessage(
  refusal: ResultMeetingRefusal,
  meetingKey: string,
  place: OfferPlace = 'page',
): string {
  const number = formatMeetingNumber(meetingKey);
  switch (refusal.reason) {
    case 'signedOut':
      return place === 'page'
        ? t('panel.meeting.signedOut', { number })
        : t('decode.meeting.signedOut', { number });
    case 'otherSite': {
      const hosts = { pageHost: refusal.pageHost, siteHost: refusal.siteHost };
      return place === 'page'
        ? t('panel.meeting.otherSite', hosts)
        : t('decode.meeting.otherSite', hosts);
    }
    case 'notHostsMeeting':
      return t('panel.meeting.notHostsMeeting', {
        number,
        webExId: refusal.webExId,
        siteHost: refusal.siteHost,
      });
    case 'notAMeetingNumber':
      return t('panel.meeting.notAMeetingNumber');
  }
}

/** A reply that could not check: the expired ticket, or WebEx's failure in its own words. */
function failureMessage(answer: Extract<Reply<unknown>, { ok: false }>, meetingKey: string) {
  const number = formatMeetingNumber(meetingKey);
  if (answer.ticketExpired) return t('panel.status.ticketExpired', { number });
  return t('panel.meeting.couldNotCheck', { number, title: answer.error.explanation.title });
}

/**
 * The offer for describeResultMeeting's answer: "Start “Weekly sync” (Today, 11:00)?" with the
 * topic and start WebEx gave, or the refusal or failure as a sentence.
 */
export function meetingOffer(
  answer: Reply<ResultMeetingCheck>,
  meetingKey: string,
  clock: OfferClock,
  place: OfferPlace = 'page',
): MeetingOffer {
  if (!answer.ok) return { state: 'refused', message: failureMessage(answer, meetingKey) };
  const check = answer.value;
  if (!check.mayStart) {
    return { state: 'refused', message: refusalMessage(check.refusal, meetingKey, place) };
  }
  const start = formatStartShort(check.startsAt, clock.now, clock.timeZone);
  const message = t('panel.meeting.ready', { topic: quoted(check.topic, TOPIC_LIMIT), start });
  return { state: 'ready', message };
}

/** Longest topic shown in the panel, in characters (WebEx allows far more). */
export const TOPIC_LIMIT = 80;

/** After a Start: "Starting “Weekly sync” in a new tab.", or why it did not start. */
export function startedMessage(
  answer: Reply<ResultMeetingCheck>,
  meetingKey: string,
  place: OfferPlace = 'page',
): { tone: 'info' | 'error'; message: string } {
  if (!answer.ok) return { tone: 'error', message: failureMessage(answer, meetingKey) };
  const check = answer.value;
  if (!check.mayStart) {
    return { tone: 'error', message: refusalMessage(check.refusal, meetingKey, place) };
  }
  return {
    tone: 'info',
    message: t('panel.status.starting', { topic: quoted(check.topic, TOPIC_LIMIT) }),
  };
}
