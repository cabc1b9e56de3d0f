import { describe, expect, it } from 'vitest';
import { WebExApiError } from '../../lib/webex/errors';
import { explainException } from '../../lib/webex/exception-catalogue';
import { getApiVersion, lstTimeZone } from '../../lib/webex/xml/client';
import { SANDBOX_EPOCH } from '../sandbox/index.ts';
import {
  ACME,
  ALICE,
  BOB,
  DANA,
  ERIN,
  RETIRED,
  rejectionOf,
  useXmlClient,
} from './xml-client-setup.ts';

const PRO = {
  id: 74377,
  name: 'Meeting Center Pro',
  productCodePrefix: 'PRO',
  maxDurationMinutes: 1440,
};
const PRO_1000 = {
  id: 74378,
  name: 'Meeting Center Pro 1000',
  displayName: 'Pro 1000 (large meetings)',
  productCodePrefix: 'PRO1000',
  maxDurationMinutes: 180,
};

describe('XML API client over HTTPS: sign-in, sessions, site probes', { timeout: 30_000 }, () => {
  const fx = useXmlClient();

  it.each([
    {
      account: ALICE,
      name: ['Alice', 'Archer'],
      meetingTypes: [74377],
      siteMeetingTypes: [PRO],
      timeZoneId: 25,
    },
    {
      account: BOB,
      name: ['Bob', 'Baker'],
      meetingTypes: [74377, 74378],
      siteMeetingTypes: [PRO, PRO_1000],
      timeZoneId: 11,
    },
    {
      account: DANA,
      name: ['Dana', 'Dunn'],
      meetingTypes: [3],
      siteMeetingTypes: [
        { id: 3, name: 'Meeting Center', productCodePrefix: 'MC', maxDurationMinutes: 40 },
      ],
      timeZoneId: 4,
    },
  ])(
    'signIn($account.webExId) gives a ticket session and the profile',
    async ({ account, name, meetingTypes, siteMeetingTypes, timeZoneId }) => {
      const { session, profile } = await fx.signIn(account);

      const [ticket] = fx.sandbox.state(account.site.name).sessionTickets;
      expect(session).toEqual({
        site: account.site,
        webExId: account.webExId,
        sessionTicket: ticket?.ticket,
        expiresAt: SANDBOX_EPOCH + 5400 * 1000,
      });
      expect(profile).toEqual({
        webExId: account.webExId,
        firstName: name[0],
        lastName: name[1],
        email: `${account.webExId}@${account.site.name}.example`,
        meetingTypes,
        timeZoneId,
        // LstMeetingType's names and limits for the host's own types (issue 13, items 3 and 10).
        siteMeetingTypes,
      });
    },
  );

  it('sends the password once, to AuthenticateUser, and schema-valid requests only', async () => {
    await fx.signIn(ALICE);

    const requests = fx.sandbox.requests;
    expect(requests.map((request) => [request.operation, request.site])).toEqual([
      ['AuthenticateUser', 'acme'],
      ['GetUser', 'acme'],
      ['LstMeetingType', 'acme'],
    ]);
    expect(requests.map((request) => request.xsdErrors)).toEqual([[], [], []]);
    expect(requests.map((request) => request.body.includes(ALICE.password))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it.each([
    { case: 'a wrong password', webExId: 'alice', password: 'wrong-horse', exceptionId: '030002' },
    { case: 'an unknown user', webExId: 'zoe', password: 'anything-1', exceptionId: '030001' },
  ])(
    'signIn with $case: WebExApiError $exceptionId',
    async ({ webExId, password, exceptionId }) => {
      const error = await rejectionOf(fx.backend().signIn(ACME, webExId, password));

      expect(error).toBeInstanceOf(WebExApiError);
      expect(error).toMatchObject({
        kind: 'api',
        exceptionId,
        details: { operation: 'AuthenticateUser' },
      });
      expect(error.explanation).toEqual(explainException(exceptionId));
      expect(error.explanation.title).not.toMatch(/code/);
      expect(fx.sandbox.state('acme').sessionTickets).toEqual([]);
      expect(fx.requestsFor('GetUser')).toEqual([]);
    },
  );

  it('a ticket works until its 5400 s are over, then gives 030047 (sign in again)', async () => {
    const backend = fx.backend();
    const { session } = await fx.signIn(ALICE);

    fx.sandbox.clock.advance(5399 * 1000);
    await expect(backend.getProfile(session)).resolves.toMatchObject({ webExId: 'alice' });

    fx.sandbox.clock.advance(2000);
    expect(fx.sandbox.clock.now()).toBeGreaterThan(session.expiresAt);
    const error = await rejectionOf(backend.getProfile(session));
    expect(error).toBeInstanceOf(WebExApiError);
    expect(error).toMatchObject({ exceptionId: '030047', details: { operation: 'GetUser' } });
    expect(error.explanation).toEqual(explainException('030047'));
  });

  it("a site without the XML API: signIn and the version probe say 'xml-api-off'", async () => {
    const signIn = await rejectionOf(fx.signIn(ERIN));
    const probe = await rejectionOf(getApiVersion(fx.env, RETIRED));

    for (const [error, operation] of [
      [signIn, 'AuthenticateUser'],
      [probe, 'GetAPIVersion'],
    ] as const) {
      expect(error).toMatchObject({ kind: 'xml-api-off', details: { httpStatus: 404, operation } });
      expect(error.explanation.meaning).toContain('retired.webex.com');
    }
  });

  it('getApiVersion probes a live site without any account', async () => {
    const version = await getApiVersion(fx.env, ACME);

    expect(version.apiVersion).toMatch(/^WebEx XML API V\d+\.\d+/);
    const [request] = fx.requestsFor('GetAPIVersion');
    expect(request?.xsdErrors).toEqual([]);
    expect(request?.body).not.toMatch(/webExID|password|sessionTicket/);
  });

  it('lstTimeZone lists the site’s zones: the schema’s 0-61 and the ones past them', async () => {
    const { session } = await fx.signIn(ALICE);

    const zones = await lstTimeZone(fx.env, session);

    expect(zones.map((zone) => zone.timeZoneId)).toEqual([...Array(66).keys()]);
    expect(zones.every((zone) => zone.description !== '')).toBe(true);
  });

  it.each([
    { date: '01/15/2025 12:00:00', berlin: 60, newYork: -300, inDst: false },
    { date: '07/01/2025 12:00:00', berlin: 120, newYork: -240, inDst: true },
  ])('lstTimeZone on $date gives that day’s offsets', async ({ date, berlin, newYork, inDst }) => {
    const { session } = await fx.signIn(ALICE);

    const zones = await lstTimeZone(fx.env, session, { timeZoneIds: [25, 11], date });

    expect(zones).toMatchObject([
      { timeZoneId: 25, gmtOffsetMinutes: berlin, fallInDst: inDst },
      { timeZoneId: 11, gmtOffsetMinutes: newYork, fallInDst: inDst },
    ]);
    expect(fx.requestsFor('LstTimeZone').map((request) => request.xsdErrors)).toEqual([[]]);
  });
});
