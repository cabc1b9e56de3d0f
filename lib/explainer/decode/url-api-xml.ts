import { t, uiLanguage } from '../../i18n';
import { explainResult } from '../../webex/rs-catalogue';
import { ResultStatus, UrlCommand } from '../../webex/url/commands';
import { formatMeetingNumber } from '../../webex/url/meeting-number';
import { canonicalRsCode } from '../../webex/url/rs-codes';
import { normalizeStatus, sanitizeValue } from '../../webex/url/result-values';
import { childNodes, nodeText, type XmlNode } from '../../webex/xml/xml-tree';
import { explainedBackUrl, type ExplainedText, type Fact } from '../explained-text';

// `m.php?AT=OM` answers `<ListOpenMeetings><Status>SUCCESS</Status><MeetingKeys>1;2;</MeetingKeys>`.
const OPEN_MEETINGS_ROOT = 'listopenmeetings';
const MAX_LISTED_KEYS = 500;
const KEYS_IN_HEADLINE = 5;
const MAX_FACTS = 12;

/** The first element below `node` whose local name is `name` in any case. */
function child(node: XmlNode, name: string): XmlNode | undefined {
  const key = Object.keys(node).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : childNodes(node, key)[0];
}

function text(node: XmlNode | undefined): string {
  return sanitizeValue(nodeText(node) ?? '');
}

function rootOf(document: XmlNode): { name: string; node: XmlNode } | undefined {
  const name = Object.keys(document).find((key) => !key.startsWith('#') && !key.startsWith('?'));
  const node = name === undefined ? undefined : childNodes(document, name)[0];
  return name === undefined || node === undefined ? undefined : { name, node };
}

function openMeetings(keysText: string): ExplainedText {
  const keys = keysText
    .split(/[;,\s]/)
    .filter((key) => /^\d{1,20}$/.test(key))
    .slice(0, MAX_LISTED_KEYS)
    .map(formatMeetingNumber);
  const facts: Fact[] = [
    { label: t('panel.facts.command'), value: UrlCommand.OpenMeetings },
    { label: t('panel.facts.outcome'), value: ResultStatus.Success },
  ];
  if (keys.length === 0) {
    return {
      tone: 'success',
      headline: t('decode.openMeetings.none'),
      meaning: t('decode.openMeetings.noneMeaning'),
      action: t('decode.openMeetings.action'),
      facts,
    };
  }
  const shown = keys.slice(0, KEYS_IN_HEADLINE).join(', ');
  const numbers = keys.length > KEYS_IN_HEADLINE ? `${shown}, …` : shown;
  const count = keys.length.toLocaleString(uiLanguage());
  facts.push({ label: t('decode.facts.meetingNumbers'), value: keys.join(', ') });
  return {
    tone: 'success',
    headline: t('decode.openMeetings.some', keys.length, [count], { numbers }),
    meaning: t('decode.openMeetings.meaning'),
    action: t('decode.openMeetings.action'),
    facts,
  };
}

// Values that let someone act as the user are never shown.
const SECRET_NAME = /ticket|token|password|^pw$|^pid$|^tk$/i;

function simpleValues(node: XmlNode): Fact[] {
  return Object.keys(node)
    .filter((key) => !key.startsWith('#') && !SECRET_NAME.test(key))
    .map((key) => ({ label: sanitizeValue(key), value: text(childNodes(node, key)[0]) }))
    .filter((fact) => fact.value !== '')
    .slice(0, MAX_FACTS);
}

/**
 * A URL API answer that is plain XML, not a `serv:message`: an element with a `Status` of
 * SUCCESS or FAIL (`m.php?AT=OM`'s `ListOpenMeetings`). Undefined for other XML.
 */
export function explainUrlApiXml(document: XmlNode): ExplainedText | undefined {
  const root = rootOf(document);
  if (!root) return undefined;
  const status = normalizeStatus(text(child(root.node, 'status')));
  if (!status) return undefined;
  const name = sanitizeValue(root.name);
  const isOpenMeetings = name.toLowerCase() === OPEN_MEETINGS_ROOT;
  if (status === ResultStatus.Success) {
    if (isOpenMeetings) return openMeetings(nodeText(child(root.node, 'meetingkeys')) ?? '');
    return {
      tone: 'success',
      headline: t('decode.urlApiXml.headline', { name }),
      meaning: t('decode.urlApiXml.meaning'),
      action: t('decode.success.action'),
      facts: simpleValues(root.node),
    };
  }
  const reason =
    text(child(root.node, 'reason')) ||
    text(child(root.node, 'rs')) ||
    text(child(root.node, 'errorcode'));
  const at = isOpenMeetings ? UrlCommand.OpenMeetings : name;
  const result = { at, st: status, ...(reason ? { rs: canonicalRsCode(reason) } : {}) };
  return explainedBackUrl(result, explainResult(result), 'answer');
}
