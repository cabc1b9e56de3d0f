import { describe, expect, it } from 'vitest';
import { readRecorded as recorded } from '../../support/reference';
import {
  decodeInput,
  decodeKind,
  MAX_DECODE_INPUT,
} from '../../../lib/explainer/decode/decode-input';
import { explainException } from '../../../lib/webex/exception-catalogue';
import { explainResult } from '../../../lib/webex/rs-catalogue';

describe('decodeKind', () => {
  it.each([
    ['<serv:message/>', 'xml'],
    ['  \n<?xml version="1.0"?><x/>', 'xml'],
    ['https://acme.webex.com/?AT=LI&ST=FAIL', 'back-url'],
    ['AT=LI&ST=FAIL', 'back-url'],
  ])('%j is %s', (text, kind) => {
    expect(decodeKind(text)).toBe(kind);
  });
});

describe('decodeInput with XML API responses', () => {
  it.each([
    ['user_get_user_response_bad.xml', '030047', 'Not a valid session ticket'],
    ['meeting_get_meeting_response_bad.xml', '060001', 'Corresponding Meeting not found'],
    ['meeting_create_meeting_response_bad.xml', '060026', undefined],
  ])('%s: FAILURE explained through exceptionID %s', (file, exceptionId, reason) => {
    const explained = decodeInput(recorded(file));
    const expected = explainException(exceptionId);
    expect(explained).toMatchObject({
      tone: 'failure',
      headline: expected.title,
      meaning: expected.meaning,
      action: expected.action,
    });
    expect(explained?.facts).toContainEqual({ label: 'exceptionID', value: exceptionId });
    if (reason) expect(explained?.facts).toContainEqual({ label: 'WebEx said', value: reason });
    expect(explained?.facts).toContainEqual({ label: 'gsbStatus', value: 'PRIMARY' });
  });

  it('SUCCESS: says what it holds and names the answer type', () => {
    const explained = decodeInput(recorded('user_get_user_response_good.xml'));
    expect(explained).toMatchObject({
      tone: 'success',
      headline: 'WebEx account of Firstname Lastname',
    });
    expect(explained?.facts).toContainEqual({ label: 'Answer type', value: 'use:getUserResponse' });
  });

  it('SUCCESS of an operation it does not know: says so and names the answer type', () => {
    const xml = recorded('user_get_user_response_good.xml').replace(
      'use:getUserResponse',
      'use:setUserResponse',
    );
    expect(decodeInput(xml)).toMatchObject({
      tone: 'success',
      headline: 'WebEx accepted the request',
    });
  });

  it('reads any prefix (parses by local name)', () => {
    const xml =
      '<m:message xmlns:m="http://www.webex.com/schemas/2002/06/service"><m:header><m:response>' +
      '<m:result>FAILURE</m:result><m:reason>Request rate limit reached</m:reason><m:exceptionID>000045</m:exceptionID>' +
      '</m:response></m:header></m:message>';
    expect(decodeInput(xml)?.headline).toBe(explainException('000045').title);
  });

  it('an unknown exceptionID quotes the server’s reason as text', () => {
    const xml =
      '<serv:message xmlns:serv="s"><serv:header><serv:response><serv:result>FAILURE</serv:result>' +
      '<serv:reason>&lt;img src=x onerror=alert(1)&gt;</serv:reason><serv:exceptionID>999999</serv:exceptionID>' +
      '</serv:response></serv:header></serv:message>';
    const explained = decodeInput(xml);
    expect(explained?.headline).toBe('WebEx said: “<img src=x onerror=alert(1)>”');
    expect(explained?.facts).toContainEqual({ label: 'exceptionID', value: '999999' });
  });

  it.each([
    [
      'a DTD',
      '<!DOCTYPE x [<!ENTITY a "aaaa">]><serv:message>&a;</serv:message>',
      /not a WebEx XML API answer/,
    ],
    [
      'an HTML page',
      '<!doctype html><html><body>Sign in</body></html>',
      /not a WebEx XML API answer/,
    ],
    [
      'a cut-off answer',
      recorded('user_get_user_response_bad.xml').slice(0, 300),
      /incomplete or malformed/,
    ],
    [
      'XML without a result',
      '<serv:message><serv:header/></serv:message>',
      /not a WebEx XML API answer/,
    ],
    ['other XML', '<note><to>x</to></note>', /not a WebEx XML API answer/],
  ])('%s: says what is wrong with it', (_what, xml, headline) => {
    expect(decodeInput(xml)?.headline).toMatch(headline);
  });
});

describe('decodeInput with back URLs', () => {
  it('explains like the in-page panel does', () => {
    const explained = decodeInput(
      'https://acme.webex.com/acme/backurl-test.html?AT=JM&ST=FAIL&RS=MeetingNotInProgress&MK=123456789',
    );
    const expected = explainResult({
      at: 'JM',
      st: 'FAIL',
      rs: 'MeetingNotInProgress',
      mk: '123456789',
    });
    expect(explained).toMatchObject({
      tone: 'failure',
      headline: expected.headline,
      meaning: expected.meaning,
    });
    expect(explained?.facts).toEqual([
      { label: 'Command (AT)', value: 'JM' },
      { label: 'Outcome (ST)', value: 'FAIL' },
      { label: 'Reason code (RS)', value: 'MeetingNotInProgress' },
      { label: 'Meeting number (MK)', value: '123 456 789' },
    ]);
  });

  it('a bare query string works too', () => {
    expect(decodeInput('AT=LI&ST=SUCCESS&WID=alice')).toMatchObject({
      tone: 'success',
      headline: 'Signed in',
    });
  });

  it('an address without a result says what is missing', () => {
    expect(decodeInput('https://acme.webex.com/acme/backurl-test.html?x=1')?.headline).toBe(
      'No WebEx result in this address',
    );
  });
});

describe('decodeInput limits', () => {
  it('blank input explains nothing', () => {
    expect(decodeInput('  \n ')).toBeUndefined();
  });

  it('refuses a paste too long to be a WebEx answer, without parsing it', () => {
    const huge = `<serv:message>${'x'.repeat(MAX_DECODE_INPUT)}</serv:message>`;
    expect(decodeInput(huge)?.headline).toBe('That is too long to be a WebEx answer');
  });
});

describe('decodeInput on XML the validator lets through but the parser rejects', () => {
  it.each(['<A/', '<serv:message/'])('%j is reported as malformed, not thrown', (xml) => {
    expect(decodeInput(xml)?.headline).toMatch(
      /not a WebEx XML API answer|incomplete or malformed/,
    );
  });
});
