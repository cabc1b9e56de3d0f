import { t } from '../../i18n';
import { UrlCommand } from '../../webex/url/commands';
import { formatMeetingNumber } from '../../webex/url/meeting-number';
import { carriesPasswordParameter } from '../../webex/url/password-guard';
import { decodeValue } from '../../webex/url/percent-decoding';
import {
  normalizeCommand,
  normalizeMeetingKey,
  sanitizeValue,
} from '../../webex/url/result-values';
import { chainedCommand } from '../../webex/url/sign-in-link';
import { rawParameterValue, splitUrl, type UrlParts } from '../../webex/url/url-parts';
import type { ExplainedText, Fact } from '../explained-text';

// The URL API's two pages: p.php (sign in, out, up) and m.php (meetings).
const COMMAND_PAGE = /\/[pm]\.php$/i;

/** A URL API command read from a link that has not run yet. */
interface LinkCommand {
  at: string;
  mk?: string;
  wid?: string;
}

function value(parts: UrlParts, name: string): string | undefined {
  const raw = rawParameterValue(parts, name);
  return raw === undefined ? undefined : sanitizeValue(decodeValue(raw)) || undefined;
}

function readCommand(parts: UrlParts): LinkCommand | undefined {
  const at = normalizeCommand(value(parts, 'AT') ?? '');
  if (!at) return undefined;
  const mk = value(parts, 'MK');
  const wid = value(parts, 'WID');
  return { at, ...(mk ? { mk: normalizeMeetingKey(mk) } : {}), ...(wid ? { wid } : {}) };
}

/** What the command does, as a phrase that follows "would" / "then goes on to". */
function commandAction({ at, mk }: LinkCommand): string {
  const number = mk ? formatMeetingNumber(mk) : undefined;
  switch (at) {
    case UrlCommand.HostMeeting:
    case UrlCommand.JoinMeeting:
    case UrlCommand.DeleteMeeting:
      return number
        ? t(`decode.link.action.${at}.numbered`, { number })
        : t(`decode.link.action.${at}.plain`);
    case UrlCommand.ScheduleMeeting:
    case UrlCommand.InstantMeeting:
    case UrlCommand.OpenMeetings:
    case UrlCommand.LogIn:
    case UrlCommand.LogOut:
    case UrlCommand.SignUp:
      return t(`decode.link.action.${at}`);
    default:
      return t('decode.link.action.other', { command: at });
  }
}

function facts(outer: LinkCommand, chained: LinkCommand | undefined, parts: UrlParts): Fact[] {
  const list: Fact[] = [{ label: t('panel.facts.command'), value: outer.at }];
  if (chained) list.push({ label: t('decode.facts.commandAfterSignIn'), value: chained.at });
  const mk = chained?.mk ?? outer.mk;
  if (mk) list.push({ label: t('panel.facts.meetingNumber'), value: formatMeetingNumber(mk) });
  if (outer.wid) list.push({ label: t('panel.facts.webExId'), value: outer.wid });
  // Its page only: the query may carry the integrator's own values.
  const backUrl = value(parts, 'BU');
  if (backUrl) list.push({ label: t('decode.facts.backUrl'), value: splitUrl(backUrl).path });
  return list;
}

/**
 * A URL API command pasted before it ran (`p.php?AT=LI&TK=..&MU=..`, `m.php?AT=JM&MK=..`): what
 * opening it would do, never its ticket or password. Undefined for anything else.
 */
export function explainCommandLink(text: string): ExplainedText | undefined {
  const parts = splitUrl(text.trim());
  if (!COMMAND_PAGE.test(parts.path) || rawParameterValue(parts, 'ST') !== undefined) {
    return undefined;
  }
  const outer = readCommand(parts);
  if (!outer) return undefined;
  const chainedUrl = outer.at === UrlCommand.LogIn ? chainedCommand(parts)?.url : undefined;
  const chained = chainedUrl ? readCommand(splitUrl(chainedUrl)) : undefined;
  const withPassword = carriesPasswordParameter(text);
  const withTicket = rawParameterValue(parts, 'TK') !== undefined;
  const action = commandAction(chained ?? outer);
  const meaning = !chained
    ? t('decode.link.meaning', { action })
    : withPassword
      ? t('decode.link.meaningPassword', { action })
      : withTicket
        ? t('decode.link.meaningTicket', { action })
        : t('decode.link.meaningSignIn', { action });
  const startLink = withTicket && chained?.at === UrlCommand.HostMeeting;
  return {
    // A link that signs in as someone is to be handled with care, like a failure.
    tone: withPassword || withTicket ? 'failure' : 'success',
    headline: startLink ? t('decode.link.startHeadline') : t('decode.link.headline'),
    meaning,
    action: withPassword
      ? t('decode.link.actionPassword')
      : withTicket
        ? t('decode.link.actionTicket')
        : t('decode.link.actionPlain'),
    facts: facts(outer, chained, parts),
  };
}
