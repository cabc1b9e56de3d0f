import { describe, expect, it } from 'vitest';
import type { AccountView, Reply, SignInRequest } from '../../lib/messaging';
import { submitSignIn } from '../../lib/submit-sign-in';

const signedIn: Reply<AccountView> = {
  ok: true,
  value: { signedIn: false, webexSignInReady: true },
};

function fakes(grant: boolean | 'throws') {
  const events: string[] = [];
  return {
    events,
    senders: {
      permissions: {
        request(permissions: { origins: string[] }) {
          events.push(`request ${permissions.origins.join()}`);
          if (grant === 'throws') return Promise.reject(new Error('not from a user gesture'));
          return Promise.resolve(grant);
        },
      },
      async send(form: SignInRequest) {
        events.push(`send ${form.siteInput}`);
        return signedIn;
      },
    },
  };
}

const form = (siteInput: string): SignInRequest => ({
  siteInput,
  webExId: 'alice',
  password: 'pw',
  keepSignedIn: false,
});

describe('submitSignIn', () => {
  it.each(['acme', 'acme.webex.com', 'https://acme.webex.com/acme'])(
    '%s: a webex.com site is sent without a prompt',
    async (site) => {
      const { events, senders } = fakes(false);
      expect(await submitSignIn(form(site), senders)).toBe(signedIn);
      expect(events).toEqual([`send ${site}`]);
    },
  );

  it.each(['acme.webex.co', 'https://acme.webx.com/acme', 'acme.webex.con'])(
    '%s: a near-miss of webex.com goes to the background (which asks "did you mean") without a prompt',
    async (site) => {
      const { events, senders } = fakes(true);
      await submitSignIn(form(site), senders);
      expect(events).toEqual([`send ${site}`]);
    },
  );

  it('a site elsewhere: asks for that origin first, synchronously from the click, then sends', async () => {
    const { events, senders } = fakes(true);
    const pending = submitSignIn(form('https://meet.example.org/acme'), senders);
    // The request must start before anything is awaited (the user gesture ends there).
    expect(events).toEqual(['request https://meet.example.org/*']);
    expect(await pending).toBe(signedIn);
    expect(events).toEqual([
      'request https://meet.example.org/*',
      'send https://meet.example.org/acme',
    ]);
  });

  it.each([false, 'throws'] as const)(
    'a refused permission (%s) sends nothing and explains',
    async (grant) => {
      const { events, senders } = fakes(grant);
      const answer = await submitSignIn(form('https://meet.example.org/acme'), senders);
      expect(answer).toMatchObject({ ok: false, error: { kind: 'permission' } });
      expect(events).toEqual(['request https://meet.example.org/*']);
    },
  );

  it('an unusable site goes to the background, which explains it', async () => {
    const { events, senders } = fakes(true);
    await submitSignIn(form('not a site'), senders);
    expect(events).toEqual(['send not a site']);
  });
});
