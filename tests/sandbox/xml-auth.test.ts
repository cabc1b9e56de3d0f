import { describe, expect, it } from 'vitest';
import { readRecorded as recorded } from '../support/reference.ts';
import { SANDBOX_EPOCH } from './clock.ts';
import { useSandbox } from './test-setup.ts';
import { ALICE, BOB, request } from './test-xml.ts';

const ACME_XML = 'https://acme.webex.com/WBXService/XMLService';

describe('XMLService sign-in and envelopes', { timeout: 30_000 }, () => {
  const fx = useSandbox();

  it('AuthenticateUser returns a session ticket with createTime (sandbox clock) and timeToLive 5400', async () => {
    const reply = await fx.call(ALICE, 'use:authenticateUser');
    expect(reply.result).toBe('SUCCESS');
    expect(reply.value('sessionTicket')).toMatch(/^[0-9a-f]{64}$/);
    expect(reply.value('createTime')).toBe(String(SANDBOX_EPOCH));
    expect(reply.value('timeToLive')).toBe('5400');
    expect(reply.text).toContain('<serv:bodyContent xsi:type="use:authenticateUserResponse"');
    expect(fx.sandbox.state('acme').sessionTickets).toHaveLength(1);
  });

  it('accepts the ticket until timeToLive has passed on the sandbox clock, then answers 030047', async () => {
    const ticket = (await fx.call(ALICE, 'use:authenticateUser')).value('sessionTicket');
    const withTicket = { site: 'acme', webExID: 'alice', sessionTicket: ticket };
    fx.sandbox.clock.advance(5400 * 1000 - 1);
    const before = await fx.call(withTicket, 'use:getUser', '<use:webExId>alice</use:webExId>');
    expect(before.result).toBe('SUCCESS');
    fx.sandbox.clock.advance(1);
    const after = await fx.call(withTicket, 'use:getUser', '<use:webExId>alice</use:webExId>');
    expect([after.result, after.exceptionId, after.reason]).toEqual([
      'FAILURE',
      '030047',
      'Not a valid session ticket',
    ]);
  });

  it("refuses another host's ticket and an invented one (030047)", async () => {
    const bobTicket = (await fx.call(BOB, 'use:authenticateUser')).value('sessionTicket');
    for (const sessionTicket of [bobTicket, 'not-a-ticket']) {
      const reply = await fx.call(
        { site: 'acme', webExID: 'alice', sessionTicket },
        'use:getUser',
        '<use:webExId>alice</use:webExId>',
      );
      expect(reply.exceptionId).toBe('030047');
    }
  });

  it.each([
    [
      'wrong password',
      { site: 'acme', webExID: 'alice', password: 'wrong' },
      '030002',
      'Incorrect user or password',
    ],
    [
      'unknown user',
      { site: 'acme', webExID: 'mallory', password: 'x' },
      '030001',
      'Corresponding User not found',
    ],
    [
      'no password nor ticket',
      { site: 'acme', webExID: 'alice' },
      '030002',
      'Incorrect user or password',
    ],
    [
      'a ticket instead of the password',
      { site: 'acme', webExID: 'alice', sessionTicket: 't' },
      '030104',
      'This operation does not accept a session ticket',
    ],
  ])(
    'AuthenticateUser with %s fails as WebEx does',
    async (_, credentials, exceptionId, reason) => {
      const reply = await fx.call(credentials, 'use:authenticateUser');
      expect([reply.result, reply.exceptionId, reply.reason]).toEqual([
        'FAILURE',
        exceptionId,
        reason,
      ]);
      expect(reply.text).toContain('<serv:body><serv:bodyContent/></serv:body>');
    },
  );

  it.each([
    ['AuthenticateUser with a password', 'use:authenticateUser', 'company-password'],
    ['GetUser with a password', 'use:getUser', 'company-password'],
  ])(
    'a single-sign-on site (ci) refuses %s with 030103 and issues no ticket',
    async (_, type, password) => {
      const body = type === 'use:getUser' ? '<use:webExId>fran</use:webExId>' : '';
      const reply = await fx.call({ site: 'ci', webExID: 'fran', password }, type, body);
      expect([reply.result, reply.exceptionId, reply.reason]).toEqual([
        'FAILURE',
        '030103',
        'Role not supported: users of this Common Identity site sign in through SSO',
      ]);
      expect(fx.sandbox.state('ci').sessionTickets).toEqual([]);
    },
  );

  it('a single-sign-on host without a WebEx password is not signed in by sending none (030002)', async () => {
    const reply = await fx.call({ site: 'ci', webExID: 'fran' }, 'use:authenticateUser');
    expect([reply.result, reply.exceptionId]).toEqual(['FAILURE', '030002']);
    expect(fx.sandbox.state('ci').sessionTickets).toEqual([]);
  });

  it('accepts a password where a ticket would do (WebEx accepts both)', async () => {
    const reply = await fx.call(ALICE, 'use:getUser', '<use:webExId>alice</use:webExId>');
    expect(reply.result).toBe('SUCCESS');
  });

  it('GetUser answers the use: record with site-specific meeting types and timeZoneID', async () => {
    const reply = await fx.call(BOB, 'use:getUser', '<use:webExId>bob</use:webExId>');
    expect(reply.text).toContain('xmlns:use="http://www.webex.com/schemas/2002/06/service/user"');
    expect(reply.text).toContain(
      '<use:meetingTypes><use:meetingType>74377</use:meetingType><use:meetingType>74378</use:meetingType></use:meetingTypes>',
    );
    expect([reply.value('firstName'), reply.value('email'), reply.value('timeZoneID')]).toEqual([
      'Bob',
      'bob@acme.example',
      '11',
    ]);
  });

  it('GetUser of another host needs site-admin privilege (000001); of nobody, 030001', async () => {
    expect(
      (await fx.call(ALICE, 'use:getUser', '<use:webExId>bob</use:webExId>')).exceptionId,
    ).toBe('000001');
    expect(
      (await fx.call(ALICE, 'use:getUser', '<use:webExId>nobody</use:webExId>')).exceptionId,
    ).toBe('030001');
  });

  it.each([
    ['not well-formed', '<serv:message><unclosed>'],
    ['not a serv:message', '<?xml version="1.0"?><message><header/><body/></message>'],
    [
      'an element the schema does not know',
      request(ALICE, 'use:getUser', '<use:webExId>alice</use:webExId><use:extra>1</use:extra>'),
    ],
    [
      'an xsi:type the schema does not know',
      request(ALICE, 'use:getUserz', '<use:webExId>alice</use:webExId>'),
    ],
    [
      'an empty field that must be a number',
      request(ALICE, 'meet:getMeeting', '<meet:meetingKey></meet:meetingKey>'),
    ],
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>'],
    ['an empty body', ''],
  ])('answers FAILURE 000000 to %s', async (_, body) => {
    const reply = await fx.post(ACME_XML, body);
    expect([reply.status, reply.result, reply.exceptionId]).toEqual([200, 'FAILURE', '000000']);
    expect(reply.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<serv:message xmlns:serv=/,
    );
    expect(fx.sandbox.requests.at(-1)?.body).toBe(body);
  });

  it('records every request with site, operation, XSD verdict and the sandbox time', async () => {
    fx.sandbox.clock.advance(60_000);
    await fx.call(ALICE, 'use:getUser', '<use:webExId>alice</use:webExId>');
    await fx.post(ACME_XML, request(ALICE, 'use:getUser', '<use:bogus/>'));
    const [good, bad] = fx.sandbox.requests;
    expect(good).toMatchObject({
      site: 'acme',
      operation: 'GetUser',
      xsdValid: true,
      xsdErrors: [],
      form: 'namespaced',
      at: SANDBOX_EPOCH + 60_000,
    });
    expect(bad?.xsdValid).toBe(false);
    expect(bad?.xsdErrors.join('\n')).toContain('bogus');
  });

  it('tolerates only the documented schema gap on AuthenticateUser (empty body), and records it', async () => {
    await fx.call(ALICE, 'use:authenticateUser');
    const [recordedRequest] = fx.sandbox.requests;
    expect(recordedRequest?.xsdValid).toBe(true);
    expect(recordedRequest?.schemaGaps.join()).toContain('samlResponse');
  });

  it.each([
    ['user_get_user_request.xml', 'GetUser', 'webExId', 'alice'],
    ['meeting_create_meeting_request.xml', 'CreateMeeting', 'meetingkey', /^\d{9}$/],
  ])(
    'reads the legacy java:com.webex.service.binding form of recorded/%s',
    async (file, operation, field, expected) => {
      const legacy = recorded(file)
        .replace('<webExID>123456</webExID>', '<webExID>alice</webExID>')
        .replace('<password>test</password>', `<password>${ALICE.password}</password>`)
        .replace('<siteName>test</siteName>', '<siteName>acme</siteName>')
        .replace('<webExId>123456</webExId>', '<webExId>alice</webExId>');
      const reply = await fx.post(ACME_XML, legacy);
      expect(reply.result).toBe('SUCCESS');
      expect(reply.value(field)).toMatch(expected);
      expect(fx.sandbox.requests[0]).toMatchObject({
        form: 'legacy-java',
        operation,
        xsdValid: false,
      });
    },
  );

  it('answers with the recorded envelope shape: prefixes, header, response order', async () => {
    const reply = await fx.call(
      ALICE,
      'meet:getMeeting',
      '<meet:meetingKey>123456789</meet:meetingKey>',
    );
    const bad = recorded('meeting_get_meeting_response_bad.xml').trim();
    expect(reply.text).toBe(bad);
    expect(reply.contentType).toBe('text/xml;charset=UTF-8');
  });

  it('GetAPIVersion answers without credentials', async () => {
    const reply = await fx.call({ site: 'acme' }, 'ep:getAPIVersion');
    expect(reply.result).toBe('SUCCESS');
    expect(reply.value('apiVersion')).toMatch(/^WebEx XML API V/);
    expect(reply.text).toContain('xsi:type="ep:getAPIVersionResponse"');
  });
});
