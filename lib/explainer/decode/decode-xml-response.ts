import { explainException } from '../../webex/exception-catalogue';
import { looksLikeHtml, looksLikeXmlApiMessage } from '../../webex/xml/response';
import { childNode, childText, descend, tryParseXmlDocument } from '../../webex/xml/xml-tree';
import { explainedFailure, type ExplainedText, type Fact } from '../explained-text';
import { decodeProblem } from './decode-problem';

// WebEx answers never declare a DTD; refusing one avoids entity expansion on pasted text.
const DOCUMENT_TYPE = /<!DOCTYPE|<!ENTITY/i;
const BODY_TYPE = /\bxsi:type\s*=\s*["']([^"']{1,120})["']/;

function notAnAnswer(meaning: string): ExplainedText {
  return decodeProblem(
    'This is not a WebEx XML API answer',
    meaning,
    'Paste the whole response body WebEx returned: it starts with <serv:message> (after an optional <?xml ...?> line).',
  );
}

function successText(xml: string, gsbStatus: string | undefined): ExplainedText {
  const bodyType = BODY_TYPE.exec(xml)?.[1];
  const facts: Fact[] = [{ label: 'Result', value: 'SUCCESS' }];
  if (bodyType) facts.push({ label: 'Answer type', value: bodyType });
  if (gsbStatus) facts.push({ label: 'gsbStatus', value: gsbStatus });
  return {
    tone: 'success',
    headline: 'WebEx accepted the request',
    meaning: bodyType
      ? `The XML API answered SUCCESS with a ${bodyType.replace(/^\w+:/, '')}.`
      : 'The XML API answered SUCCESS.',
    action: 'Nothing to fix.',
    facts,
  };
}

/** A pasted XML API response: SUCCESS, or FAILURE explained through its exceptionID. */
export function decodeXmlResponse(xml: string): ExplainedText {
  if (DOCUMENT_TYPE.test(xml)) {
    return notAnAnswer(
      'It declares a document type (<!DOCTYPE> or <!ENTITY>), which WebEx answers never do.',
    );
  }
  if (!looksLikeXmlApiMessage(xml) && looksLikeHtml(xml)) {
    return notAnAnswer(
      'It is a web page (HTML). WebEx sends one when the site name is wrong or the XML API is switched off.',
    );
  }
  const document = tryParseXmlDocument(xml);
  if (!document) {
    return decodeProblem(
      'The XML is incomplete or malformed',
      'The text is cut off or is not well-formed XML, so it cannot be read.',
      'Copy the whole response again, from <serv:message> to </serv:message>.',
    );
  }
  const message = childNode(document, 'message');
  const response = descend(message, ['header', 'response']);
  const result = childText(response, 'result')?.trim().toUpperCase();
  const gsbStatus = childText(response, 'gsbStatus')?.trim() || undefined;
  if (result === 'SUCCESS') return successText(xml, gsbStatus);
  if (result !== 'FAILURE') {
    return notAnAnswer('It has no <serv:result> of SUCCESS or FAILURE in its header.');
  }
  const exceptionId = childText(response, 'exceptionID')?.trim() ?? '';
  const reason = childText(response, 'reason')?.trim() ?? '';
  const facts: Fact[] = [{ label: 'Result', value: 'FAILURE' }];
  if (exceptionId) facts.push({ label: 'exceptionID', value: exceptionId });
  if (reason) facts.push({ label: 'WebEx said', value: reason });
  if (gsbStatus) facts.push({ label: 'gsbStatus', value: gsbStatus });
  return explainedFailure(explainException(exceptionId, reason), facts);
}
