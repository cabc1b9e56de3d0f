import { describe, expect, test } from 'vitest';
import { WebExApiError, WebExError } from '../../../../lib/webex/errors';
import { explainException } from '../../../../lib/webex/exception-catalogue';
import { saysXmlApiIsOff } from '../../../../lib/webex/xml/response';
import { childText } from '../../../../lib/webex/xml/xml-tree';
import { bodyContentOf, readFixture, readRecorded, thrownBy } from './fixtures';

const failure = (reason: string, exceptionId = '999999') =>
  `<?xml version="1.0" encoding="UTF-8"?><serv:message xmlns:serv="http://www.webex.com/schemas/2002/06/service"><serv:header><serv:response><serv:result>FAILURE</serv:result><serv:reason>${reason}</serv:reason><serv:gsbStatus>BACKUP</serv:gsbStatus><serv:exceptionID>${exceptionId}</serv:exceptionID></serv:response></serv:header><serv:body><serv:bodyContent/></serv:body></serv:message>`;

describe('reading an answer by local name', () => {
  test.each([
    [
      'WebEx prefixes',
      '<serv:message xmlns:serv="s" xmlns:meet="m"><serv:header><serv:response><serv:result>SUCCESS</serv:result></serv:response></serv:header><serv:body><serv:bodyContent><meet:hostMeetingURL>u</meet:hostMeetingURL></serv:bodyContent></serv:body></serv:message>',
    ],
    [
      'no prefixes (default namespace)',
      '<message xmlns="s"><header><response><result>SUCCESS</result></response></header><body><bodyContent><hostMeetingURL>u</hostMeetingURL></bodyContent></body></message>',
    ],
    [
      'other prefixes, pretty-printed, unknown elements',
      '<?xml version="1.0"?>\n<a:message xmlns:a="s" xmlns:x="m">\n  <a:header>\n    <a:response><a:result> SUCCESS </a:result><a:newThing>1</a:newThing></a:response>\n  </a:header>\n  <a:body>\n    <a:bodyContent>\n      <x:unknown><x:deep/></x:unknown>\n      <x:hostMeetingURL>u</x:hostMeetingURL>\n    </a:bodyContent>\n  </a:body>\n</a:message>',
    ],
  ])('%s', (_name, xml) => {
    expect(childText(bodyContentOf(xml, 'GethosturlMeeting'), 'hostMeetingURL')).toBe('u');
  });

  test('keeps leading zeros and exact text (no number parsing, no trimming)', () => {
    const xml =
      '<serv:message xmlns:serv="s"><serv:header><serv:response><serv:result>SUCCESS</serv:result></serv:response></serv:header><serv:body><serv:bodyContent><k>000015</k><t>  two  words &amp; &#13;</t></serv:bodyContent></serv:body></serv:message>';
    const content = bodyContentOf(xml, 'GetMeeting');
    expect(childText(content, 'k')).toBe('000015');
    expect(childText(content, 't')).toBe('  two  words & \r');
  });
});

describe('FAILURE answers', () => {
  test('carry exceptionID, reason, gsbStatus and the catalogue explanation', () => {
    const error = thrownBy(() =>
      bodyContentOf(readRecorded('user_get_user_response_bad.xml'), 'GetUser'),
    );
    expect(error).toBeInstanceOf(WebExApiError);
    expect((error as WebExApiError).toInfo()).toEqual({
      kind: 'api',
      message: 'WebEx GetUser failed (030047): Not a valid session ticket',
      explanation: explainException('030047'),
      exceptionId: '030047',
      reason: 'Not a valid session ticket',
      gsbStatus: 'PRIMARY',
      operation: 'GetUser',
    });
  });

  test('an unknown code shows the server reason as plain text', () => {
    const error = thrownBy(() =>
      bodyContentOf(failure('Quota &lt;b&gt;exceeded&lt;/b&gt;'), 'GetUser'),
    );
    expect(error).toMatchObject({
      exceptionId: '999999',
      gsbStatus: 'BACKUP',
      explanation: { title: 'WebEx said: “Quota <b>exceeded</b>”' },
    });
  });

  test.each([
    ['DoNotSupportAPI'],
    ['DonotSupportAPI'],
    ['XML API is not supported on this site'],
    ['This site does not support the XML API'],
    ['The API is no longer available for this site'],
  ])('%j means the XML API is off', (reason) => {
    const error = thrownBy(() => bodyContentOf(failure(reason), 'CreateMeeting'));
    expect(error).not.toBeInstanceOf(WebExApiError);
    expect(error).toMatchObject({
      kind: 'xml-api-off',
      details: { reason, exceptionId: '999999' },
    });
  });

  test.each([
    ['The role is not supported for adding specified attendee to session'],
    ['Not a valid session ticket'],
    ['Role not supported'],
  ])('%j is not taken for the API being off', (reason) => {
    expect(saysXmlApiIsOff(reason)).toBe(false);
  });

  test('the DoNotSupportAPI fixture', () => {
    const error = thrownBy(() =>
      bodyContentOf(readFixture('xml_api_not_supported_response.xml'), 'GetUser'),
    );
    expect(error).toMatchObject({ kind: 'xml-api-off' });
  });
});

describe('answers that are not a complete XML API message', () => {
  test.each([
    ['empty', '', 'truncated'],
    ['only whitespace', ' \n ', 'truncated'],
    ['cut off', readRecorded('meeting_get_meeting_response_good.xml').slice(0, 700), 'truncated'],
    ['cut inside the declaration', '<?xml vers', 'truncated'],
    [
      'an HTML page',
      '<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>Hi<br></body></html>',
      'not-xml',
    ],
    [
      'XHTML',
      '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
      'not-xml',
    ],
    ['JSON', '{"error":"gone"}', 'not-xml'],
    ['plain text', 'Service Unavailable', 'not-xml'],
    ['another XML document', '<?xml version="1.0"?><error code="5"/>', 'unexpected'],
    [
      'a message without a result',
      '<serv:message xmlns:serv="s"><serv:header/><serv:body/></serv:message>',
      'unexpected',
    ],
  ])('%s', (_name, body, kind) => {
    const error = thrownBy(() => bodyContentOf(body, 'GetMeeting'));
    expect(error).toBeInstanceOf(WebExError);
    expect(error).toMatchObject({ kind, details: { operation: 'GetMeeting' } });
    const { explanation } = error as WebExError;
    expect(
      [explanation.title, explanation.meaning, explanation.action].every(
        (text) => text.length > 10,
      ),
    ).toBe(true);
  });
});

describe('cut-off bodies the validator lets through', () => {
  test.each(['<a/', '<serv:message/', '<?xml version="1.0"?><serv:message/'])(
    '%s is a truncated answer, not a raw parser error',
    (body) => {
      const error = thrownBy(() => bodyContentOf(body, 'GetMeeting'));
      expect(error).toBeInstanceOf(WebExError);
      expect((error as WebExError).kind).toBe('truncated');
    },
  );
});
