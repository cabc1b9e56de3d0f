import { t } from '../../i18n';
import type { Explanation } from '../../webex/errors';
import { explainException } from '../../webex/exception-catalogue';
import { ExceptionId } from '../../webex/exception-ids';
import { looksLikeHtml, looksLikeXmlApiMessage, ServResult } from '../../webex/xml/response';
import {
  childNode,
  childText,
  declaresDocumentType,
  descend,
  tryParseXmlDocument,
  type XmlNode,
} from '../../webex/xml/xml-tree';
import { explainedFailure, type ExplainedText, type Fact } from '../explained-text';
import { answerContent } from './answer-content';
import { subErrorFacts } from '../sub-error-facts';
import { readFailureDetails } from '../../webex/xml/failure-details';
import { decodeProblem } from './decode-problem';
import { explainUrlApiXml } from './url-api-xml';

const BODY_TYPE = /\bxsi:type\s*=\s*["']([^"']{1,120})["']/;

function notAnAnswer(meaning: string): ExplainedText {
  return decodeProblem(t('decode.notAnAnswer.headline'), meaning, t('decode.notAnAnswer.action'));
}

function successText(
  xml: string,
  message: XmlNode | undefined,
  gsbStatus: string | undefined,
): ExplainedText {
  const bodyType = BODY_TYPE.exec(xml)?.[1];
  const facts: Fact[] = [{ label: t('decode.facts.result'), value: ServResult.Success }];
  if (bodyType) facts.push({ label: t('decode.facts.answerType'), value: bodyType });
  if (gsbStatus) facts.push({ label: 'gsbStatus', value: gsbStatus });
  const content = descend(message, ['body', 'bodyContent']);
  const said = bodyType && content ? answerContent(bodyType, content) : undefined;
  if (said) return { tone: 'success', ...said, facts: [...said.facts, ...facts] };
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
  if (declaresDocumentType(xml)) {
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
  if (!message) {
    const urlApiAnswer = explainUrlApiXml(document);
    if (urlApiAnswer) return urlApiAnswer;
  }
  const response = descend(message, ['header', 'response']);
  const result = childText(response, 'result')?.trim().toUpperCase();
  const gsbStatus = childText(response, 'gsbStatus')?.trim() || undefined;
  if (result === ServResult.Success) return successText(xml, message, gsbStatus);
  if (result !== ServResult.Failure) {
    return notAnAnswer(t('decode.notAnAnswer.noResult'));
  }
  const exceptionId = childText(response, 'exceptionID')?.trim() ?? '';
  const reason = childText(response, 'reason')?.trim() ?? '';
  const facts: Fact[] = [{ label: t('decode.facts.result'), value: ServResult.Failure }];
  if (exceptionId) facts.push({ label: 'exceptionID', value: exceptionId });
  if (reason) facts.push({ label: t('decode.facts.webExSaid'), value: reason });
  if (gsbStatus) facts.push({ label: 'gsbStatus', value: gsbStatus });
  facts.push(...subErrorFacts(readFailureDetails(response).subErrors));
  return explainedFailure(pastedFailure(exceptionId, reason, gsbStatus), facts);
}

/**
 * The catalogue's explanation, except for 000000: the catalogue blames the extension, which is
 * right for its own calls; a pasted answer comes from someone else's request.
 */
function pastedFailure(
  exceptionId: string,
  reason: string,
  gsbStatus: string | undefined,
): Explanation {
  if (exceptionId === ExceptionId.MalformedRequest) {
    return {
      title: t('decode.malformedRequest.title'),
      meaning: t('decode.malformedRequest.meaning'),
      action: t('decode.malformedRequest.action'),
    };
  }
  // Sub-errors are facts here; the meaning adds that the site ran on backup servers.
  return explainException(exceptionId, reason, { gsbStatus });
}
