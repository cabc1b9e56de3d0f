import { t, uiLanguage } from '../../i18n';
import { formatMeetingNumber } from '../../webex/url/meeting-number';
import { sanitizeValue } from '../../webex/url/result-values';
import { childNode, childNodes, childText, type XmlNode } from '../../webex/xml/xml-tree';
import type { Fact } from '../explained-text';
import { explainCommandLink } from './command-link';

/** What a SUCCESS answer holds, in the host's words. */
export interface AnswerContent {
  headline: string;
  meaning: string;
  action: string;
  facts: Fact[];
}

const MAX_LISTED_MEETINGS = 10;

/** Plain, visible text of a child element, capped; undefined when empty. */
function read(node: XmlNode | undefined, name: string): string | undefined {
  return sanitizeValue(childText(node, name) ?? '') || undefined;
}

function count(value: number): string {
  return value.toLocaleString(uiLanguage());
}

function meetingKeyOf(node: XmlNode | undefined): string | undefined {
  return read(node, 'meetingkey') ?? read(node, 'meetingKey');
}

function fact(label: string, value: string | undefined): Fact[] {
  return value ? [{ label, value }] : [];
}

function created(content: XmlNode): AnswerContent | undefined {
  const key = meetingKeyOf(content);
  if (!key) return undefined;
  const number = formatMeetingNumber(key);
  return {
    headline: t('decode.content.created.headline', { number }),
    meaning: t('decode.content.created.meaning'),
    action: t('decode.content.created.action'),
    facts: fact(t('panel.facts.meetingNumber'), number),
  };
}

// The ticket itself is never read out: whoever has it acts as the host.
function signedIn(content: XmlNode): AnswerContent {
  const seconds = Number(read(content, 'timeToLive'));
  const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds / 60) : undefined;
  const issuedMs = Number(read(content, 'createTime'));
  const issued =
    Number.isFinite(issuedMs) && issuedMs > 0
      ? new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
          issuedMs,
        )
      : undefined;
  return {
    headline: t('decode.content.signedIn.headline'),
    meaning:
      minutes === undefined
        ? t('decode.content.signedIn.meaningUnknown')
        : t('decode.content.signedIn.meaning', minutes, [count(minutes)]),
    action: t('decode.content.signedIn.action'),
    facts: fact(t('decode.facts.issued'), issued),
  };
}

function user(content: XmlNode): AnswerContent {
  const name = [read(content, 'firstName'), read(content, 'lastName')].filter(Boolean).join(' ');
  const webExId = read(content, 'webExId');
  const email = read(content, 'email');
  return {
    headline: t('decode.content.user.headline', { name: name || webExId || '?' }),
    meaning: t('decode.content.user.meaning'),
    action: t('decode.success.action'),
    facts: [
      ...fact(t('decode.facts.name'), name),
      ...fact(t('panel.facts.webExId'), webExId),
      ...fact(t('decode.facts.email'), email),
    ],
  };
}

function startOf(node: XmlNode | undefined): string | undefined {
  const start = read(node, 'startDate');
  const zone = read(node, 'timeZone');
  return start && zone ? `${start} (${zone})` : start;
}

function meetingList(content: XmlNode): AnswerContent {
  const meetings = childNodes(content, 'meeting');
  const records = childNode(content, 'matchingRecords');
  const total = read(records, 'total');
  const listed = new Map<string, string>();
  for (const meeting of meetings.slice(0, MAX_LISTED_MEETINGS)) {
    const key = meetingKeyOf(meeting);
    const label = key ? formatMeetingNumber(key) : t('decode.facts.meeting');
    const description = [read(meeting, 'confName'), startOf(meeting)].filter(Boolean).join(' · ');
    if (!listed.has(label)) listed.set(label, description);
  }
  return {
    headline: t('decode.content.list.headline', meetings.length, [count(meetings.length)]),
    meaning: total
      ? t('decode.content.list.meaningTotal', {
          total,
          returned: read(records, 'returned') ?? count(meetings.length),
          startFrom: read(records, 'startFrom') ?? '1',
        })
      : t('decode.content.list.meaning'),
    action: t('decode.success.action'),
    facts: [...listed].map(([label, value]) => ({ label, value })),
  };
}

function meeting(content: XmlNode): AnswerContent {
  const key = meetingKeyOf(content);
  const schedule = childNode(content, 'schedule');
  const topic = read(childNode(content, 'metaData'), 'confName');
  const duration = read(schedule, 'duration');
  return {
    headline: key
      ? t('decode.content.meeting.headline', { number: formatMeetingNumber(key) })
      : t('decode.content.meeting.headlinePlain'),
    meaning: t('decode.content.meeting.meaning'),
    action: t('decode.success.action'),
    facts: [
      ...fact(t('decode.facts.topic'), topic),
      ...fact(t('decode.facts.starts'), startOf(schedule)),
      ...fact(t('decode.facts.durationMinutes'), duration),
      ...fact(t('decode.facts.status'), read(content, 'status')),
    ],
  };
}

function hostLink(content: XmlNode): AnswerContent {
  const link = explainCommandLink(childText(content, 'hostMeetingURL')?.trim() ?? '');
  const number = link?.facts.find((item) => item.label === t('panel.facts.meetingNumber'));
  return {
    headline: t('decode.content.hostLink.headline'),
    meaning: link?.meaning ?? t('decode.content.hostLink.meaning'),
    action: t('decode.content.hostLink.action'),
    facts: number ? [number] : [],
  };
}

function joinLinks(content: XmlNode): AnswerContent {
  return {
    headline: t('decode.content.joinLink.headline'),
    meaning: t('decode.content.joinLink.meaning'),
    action: t('decode.content.joinLink.action'),
    facts: [
      ...fact(t('decode.facts.joinLink'), read(content, 'joinMeetingURL')),
      ...fact(t('decode.facts.inviteLink'), read(content, 'inviteMeetingURL')),
    ],
  };
}

function deleted(): AnswerContent {
  return {
    headline: t('decode.content.deleted.headline'),
    meaning: t('decode.content.deleted.meaning'),
    action: t('decode.success.action'),
    facts: [],
  };
}

function timeZones(content: XmlNode): AnswerContent {
  const zones = childNodes(content, 'timeZone').length;
  return {
    headline: t('decode.content.timeZones.headline', zones, [count(zones)]),
    meaning: t('decode.content.timeZones.meaning'),
    action: t('decode.success.action'),
    facts: [],
  };
}

function apiVersion(content: XmlNode): AnswerContent {
  const version = read(content, 'apiVersion') ?? '?';
  return {
    headline: t('decode.content.apiVersion.headline', { version }),
    meaning: t('decode.content.apiVersion.meaning'),
    action: t('decode.success.action'),
    facts: fact(t('decode.facts.release'), read(content, 'release')),
  };
}

// By the answer's xsi:type, without prefix, lower case.
const READERS = new Map<string, (content: XmlNode) => AnswerContent | undefined>([
  ['createmeetingresponse', created],
  ['authenticateuserresponse', signedIn],
  ['getuserresponse', user],
  ['lstsummarymeetingresponse', meetingList],
  ['getmeetingresponse', meeting],
  ['gethosturlmeetingresponse', hostLink],
  ['getjoinurlmeetingresponse', joinLinks],
  ['delmeetingresponse', deleted],
  ['lsttimezoneresponse', timeZones],
  ['getapiversionresponse', apiVersion],
]);

/**
 * What a SUCCESS answer of an operation the XML client knows holds (the new meeting's number,
 * the user, the list and its counts, ...); undefined for other answers.
 */
export function answerContent(bodyType: string, content: XmlNode): AnswerContent | undefined {
  return READERS.get(bodyType.replace(/^[\w.-]*:/, '').toLowerCase())?.(content);
}
