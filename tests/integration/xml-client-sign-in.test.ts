import { describe, expect, it } from 'vitest';
import { WebExApiError } from '../../lib/webex/errors';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts.ts';
import { ACME, ERIN, rejectionOf, useXmlClient } from './xml-client-setup.ts';

const alice = SANDBOX_ACCOUNTS.alice;

describe('XML API client over HTTPS: what the host types to sign in', { timeout: 30_000 }, () => {
  const fx = useXmlClient();

  it("signs in with alice's email address; the session and profile hold her WebEx ID", async () => {
    const { session, profile } = await fx.backend().signIn(ACME, alice.email, alice.password);

    expect(session.webExId).toBe('alice');
    expect(profile).toMatchObject({ webExId: 'alice', email: alice.email, firstName: 'Alice' });
    const requests = fx.sandbox.requests;
    expect(requests.map((request) => request.operation)).toEqual([
      'AuthenticateUser',
      'GetUser',
      'LstMeetingType',
    ]);
    expect(requests.map((request) => request.xsdErrors)).toEqual([[], [], []]);
    expect(requests.map((request) => request.body.includes(alice.password))).toEqual([
      true,
      false,
      false,
    ]);
    // Later requests name the host by the WebEx ID GetUser gave.
    await fx.backend().list(session, { from: 0, to: Date.UTC(2030, 0, 1) });
    expect(fx.requestsFor('LstsummaryMeeting')[0]?.body).toContain(
      '<com:webExID>alice</com:webExID>',
    );
  });

  it('a wrong password with the email is 030002, and the password went once', async () => {
    const error = await rejectionOf(fx.backend().signIn(ACME, alice.email, 'wrong-horse'));
    expect(error).toBeInstanceOf(WebExApiError);
    expect(error).toMatchObject({ exceptionId: '030002' });
    expect(fx.requestsFor('AuthenticateUser')).toHaveLength(1);
  });

  it('an address that is nobody is 030001 after one more try as a WebEx ID', async () => {
    const error = await rejectionOf(fx.backend().signIn(ACME, 'zoe@acme.example', 'x-1'));
    expect(error).toMatchObject({ exceptionId: '030001' });
    expect(fx.requestsFor('AuthenticateUser').map((request) => request.body)).toEqual([
      expect.stringContaining('<com:email>zoe@acme.example</com:email>'),
      expect.stringContaining('<com:webExID>zoe@acme.example</com:webExID>'),
    ]);
  });

  it('a mistyped site (acmee) is "no such site": WebEx sent the request on to www.webex.com', async () => {
    const acmee = { name: 'acmee', origin: 'https://acmee.webex.com' };
    const error = await rejectionOf(fx.backend().signIn(acmee, 'alice', alice.password));
    expect(error).toMatchObject({ kind: 'no-site', details: { operation: 'AuthenticateUser' } });
    expect(error.explanation.title).toBe('There is no WebEx site at acmee.webex.com');
    expect(error.explanation.meaning).toContain('it sent it on to www.webex.com');
    expect(error.explanation.meaning).not.toMatch(/retired/i);
    expect(fx.sandbox.requests).toEqual([]);
  });

  it('a real site that switched the XML API off is still "no longer answers the XML API"', async () => {
    const error = await rejectionOf(fx.signIn(ERIN));
    expect(error).toMatchObject({ kind: 'xml-api-off', details: { httpStatus: 404 } });
  });
});
