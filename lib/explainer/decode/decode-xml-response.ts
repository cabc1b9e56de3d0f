import { t } from '../../i18n';
import { explainException } from '../../webex/exception-catalogue';
import { looksLikeHtml, looksLikeXmlApiMessage } from '../../webex/xml/response';
import { childNode, childText, descend, tryParseXmlDocument } from '../../webex/xml/xml-tree';
import { explainedFailure, type ExplainedText, type Fact } from '../explained-text';
import { decodeProblem } from './decode-problem';

// WebEx answers never declare a DTD; refusing one avoids entity expansion on pasted text.
const DOCUMENT_TYPE = /<!DOCTYPE|<!ENTITY/i;
const BODY_TYPE = /\bxsi:type\s*=\s*["']([^"']{1,120})["']/;

function notAnAnswer(meaning: string): ExplainedText {
  return decodeProblem(t('decode.notAnAnswer.headline'), meaning, t('decode.notAnAnswer.action'));
}

function successText(xml: string, gsbStatus: string | undefined): ExplainedText {
  const bodyType = BODY_TYPE.exec(xml)?.[1];
  const facts: Fact[] = [{ label: t('decode.facts.result'), value: 'SUCCESS' }];
  if (bodyType) facts.push({ label: t('decode.facts.answerType'), value: bodyType });
  if (gsbStatus) facts.push({ label: 'gsbStatus', value: gsbStatus });
  return {
    tone: 'success',
    headline: t('decode.success.headline'),
    meaning: bodyType
      ? t('decode.success.meaningWithType', { type: bodyType.replace(/^\w+:/, '') })
      : t('decode.success.meaning'),
    action: t('decode.success.action'),
    facts,
  };
}

/** A pasted XML API response: SUCCESS, or FAILURE explained through its exceptionID. */
export function decodeXmlResponse(xml: string): ExplainedText {
  if (DOCUMENT_TYPE.test(xml)) {
    return notAnAnswer(t('decode.notAnAnswer.doctype'));
  }
  if (!looksLikeXmlApiMessage(xml) && looksLikeHtml(xml)) {
    return notAnAnswer(t('decode.notAnAnswer.html'));
  }
  const document = tryParseXmlDocument(xml);
  if (!document) {
    return decodeProblem(
      t('decode.malformed.headline'),
      t('decode.malformed.meaning'),
      t('decode.malformed.action'),
    );
  }
  const message = childNode(document, 'message');
  const response = descend(message, ['header', 'response']);
  const result = childText(response, 'result')?.trim().toUpperCase();
  const gsbStatus = childText(response, 'gsbStatus')?.trim() || undefined;
  if (result === 'SUCCESS') return successText(xml, gsbStatus);
  if (result !== 'FAILURE') {
    return notAnAnswer(t('decode.notAnAnswer.noResult'));
  }
  const exceptionId = childText(response, 'exceptionID')?.trim() ?? '';
  const reason = childText(response, 'reason')?.trim() ?? '';
  const facts: Fact[] = [{ label: t('decode.facts.result'), value: 'FAILURE' }];
  if (exceptionId) facts.push({ label: 'exceptionID', value: exceptionId });
  if (reason) facts.push({ label: t('decode.facts.webExSaid'), value: reason });
  if (gsbStatus) facts.push({ label: 'gsbStatus', value: gsbStatus });
  return explainedFailure(explainException(exceptionId, reason), facts);
}
