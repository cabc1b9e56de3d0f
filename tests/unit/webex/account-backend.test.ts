import { describe, expect, it } from 'vitest';
import { createAccountBackend, toRestSession } from '../../../lib/webex/account-backend';
import type { MeetingsBackend } from '../../../lib/webex/backend';
import type { RestMeetingsBackend } from '../../../lib/webex/rest/client';
import type { RestAccountSession, Session } from '../../../lib/webex/types';

const ACME = { name: 'acme', origin: 'https://acme.webex.com' };
const XML: Session = { site: ACME, webExId: 'alice', sessionTicket: 't', expiresAt: 1 };
const REST: RestAccountSession = {
  api: 'rest',
  site: ACME,
  webExId: 'gina@acme.example',
  accessToken: 'token-1',
  expiresAt: 2,
  tokenKind: 'integration',
  refreshToken: 'refresh-1',
};

function recorder(name: string, calls: unknown[][]) {
  return new Proxy(
    {},
    {
      get:
        (_, method) =>
        async (...args: unknown[]) => (calls.push([name, method, ...args]), name),
    },
  );
}

describe('createAccountBackend', () => {
  it('sends each call to the API its session belongs to, REST with the REST view of the session', async () => {
    const calls: unknown[][] = [];
    const backend = createAccountBackend(
      recorder('xml', calls) as MeetingsBackend<Session>,
      recorder('rest', calls) as RestMeetingsBackend,
    );
    expect(await backend.list(XML, { from: 1, to: 2 })).toBe('xml');
    expect(await backend.hostUrl(REST, '123')).toBe('rest');
    expect(await backend.remove({ ...XML, api: 'xml' }, '9')).toBe('xml');
    expect(calls).toEqual([
      ['xml', 'list', XML, { from: 1, to: 2 }],
      ['rest', 'hostUrl', toRestSession(REST), '123'],
      ['xml', 'remove', { ...XML, api: 'xml' }, '9'],
    ]);
  });

  it('gives the REST client the site as REST names it and the token, never the refresh token', () => {
    expect(toRestSession(REST)).toEqual({
      siteUrl: 'acme.webex.com',
      accessToken: 'token-1',
      expiresAt: 2,
      tokenKind: 'integration',
    });
  });
});
