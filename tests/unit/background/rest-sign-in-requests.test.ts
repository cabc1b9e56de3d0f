import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInWithToken, signInWithWebex } from '../../../lib/background/webex-account';
import { createRestBackend } from '../../../lib/webex/rest/client';
import { person, preferences, sessionTypes, SITE } from '../webex/rest/fixtures';
import { fakeWebex, json, routes, type Answer } from '../webex/rest/fake-webex';
import { testEnv } from './test-env';

// One sign-in asks who the host is (`/people/me`), their sites (`/meetingPreferences`) and the
// chosen site's meeting types (`/meetings/sessionTypes`) once each: a REST read costs the host's
// rate limit and a round trip to webexapis.com before the popup can show the form.
const TOKEN = 'personal-token-0123456789abcdef';

const webex = routes({
  'GET /people/me': () => json(200, person),
  'GET /meetingPreferences': () => json(200, preferences),
  'GET /meetings/sessionTypes': () => json(200, sessionTypes),
});

/** The background over the real REST client and a fake webexapis.com answering by `answer`. */
function restSignInEnv(answer: Answer) {
  const t = testEnv();
  const fake = fakeWebex(answer);
  t.env.restBackend = createRestBackend({ ...fake.env, fetch: fake.fetch, now: () => t.clock.now });
  t.env.webexAuth = {
    authorize: async () => ({
      accessToken: TOKEN,
      expiresAt: t.clock.now + 3_600_000,
      tokenKind: 'integration',
    }),
    renew: () => Promise.reject(new Error('no renewal in this test')),
  };
  const asked = () => fake.requests.map((request) => `${request.method} ${request.url.pathname}`);
  return { ...t, fake, asked };
}

const ONCE_EACH = [
  'GET /v1/people/me',
  'GET /v1/meetingPreferences',
  'GET /v1/meetings/sessionTypes',
];

describe('REST sign-in: each profile endpoint asked once', () => {
  beforeEach(() => fakeBrowser.reset());

  it('Sign in with Webex: /people/me, /meetingPreferences, then the site’s meeting types', async () => {
    const t = restSignInEnv(webex);
    const answer = await signInWithWebex(t.env, { keepSignedIn: false });
    expect(answer).toMatchObject({
      ok: true,
      value: {
        api: 'rest',
        site: { origin: `https://${SITE}` },
        profile: {
          email: person.emails[0],
          defaultSite: SITE,
          meetingTypes: [3],
          siteMeetingTypes: [{ id: 3, name: 'Meeting Center Pro' }],
        },
      },
    });
    expect(t.asked()).toEqual(ONCE_EACH);
    const types = t.fake.requests.at(-1)!;
    expect(types.url.searchParams.get('siteUrl')).toBe(SITE);
  });

  it('a personal access token: the same three reads, once each', async () => {
    const t = restSignInEnv(webex);
    const answer = await signInWithToken(t.env, { token: TOKEN, keepSignedIn: false });
    expect(answer).toMatchObject({ ok: true, value: { profile: { meetingTypes: [3] } } });
    expect(t.asked()).toEqual(ONCE_EACH);
  });

  it('asks /people/me again only after a 429 with Retry-After', async () => {
    let busy = true;
    const t = restSignInEnv((request) => {
      if (request.url.pathname.endsWith('/people/me') && busy) {
        busy = false;
        return json(429, { message: 'Too many requests' }, { 'Retry-After': '2' });
      }
      return webex(request);
    });
    const answer = await signInWithToken(t.env, { token: TOKEN, keepSignedIn: false });
    expect(answer).toMatchObject({ ok: true });
    expect(t.asked()).toEqual(['GET /v1/people/me', ...ONCE_EACH]);
    expect(t.fake.waits).toEqual([2000]);
  });
});
