import { t } from '../../i18n';
import { parseJoinInput, type JoinTarget } from '../../meetings/join-target';
import { parseUrl } from '../../url';
import { formatMeetingNumber } from '../../webex/url/meeting-number';
import type { ExplainedText } from '../explained-text';

/** The pasted text as a meeting to join (lib/meetings/join-target.ts), if it is one. */
export function joinTargetOf(text: string): JoinTarget | undefined {
  const parsed = parseJoinInput(text);
  return parsed.ok ? parsed.target : undefined;
}

function meaningOf(target: JoinTarget): string {
  if (target.kind === 'number') {
    return t('decode.meetingLink.meaningNumber', {
      number: formatMeetingNumber(target.meetingKey),
    });
  }
  // Rebuilt from checked parts: a *.webex.com host and a room name of letters, digits, . _ -.
  const url = parseUrl(target.url)!;
  const host = url.hostname;
  switch (target.form) {
    case 'personalRoom':
      return t('decode.meetingLink.meaningRoom', { room: url.pathname.split('/')[2]!, host });
    case 'meetingKey': {
      const number = formatMeetingNumber(url.searchParams.get('MK') ?? '');
      return t('decode.meetingLink.meaningNumbered', { number, host });
    }
    case 'mtid':
      return t('decode.meetingLink.meaningMtid', { host });
  }
}

/**
 * A plain meeting link (`/<site>/j.php?MTID=..`, `/meet/<name>`) or a meeting number, pasted
 * whole: said for what it is, with Join as the next step. Undefined for anything else. A
 * password in the link is left out of the rebuilt one and said so.
 */
export function explainMeetingLink(text: string): ExplainedText | undefined {
  const parsed = parseJoinInput(text);
  if (!parsed.ok) return undefined;
  const { target } = parsed;
  const number = target.kind === 'number';
  const action = t(number ? 'decode.meetingLink.actionNumber' : 'decode.meetingLink.action');
  return {
    tone: 'success',
    headline: t(number ? 'decode.meetingLink.numberHeadline' : 'decode.meetingLink.headline'),
    meaning: meaningOf(target),
    action: parsed.passwordRemoved ? `${action} ${t('meetings.join.passwordRemoved')}` : action,
    facts: number
      ? [{ label: t('decode.facts.meeting'), value: formatMeetingNumber(target.meetingKey) }]
      : [{ label: t('decode.facts.joinLink'), value: target.url }],
    next: { actions: ['join-meeting', 'copy-details'], join: target },
  };
}
