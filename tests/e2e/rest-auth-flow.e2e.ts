import { expect, test } from 'vitest';
import { SANDBOX_REST_ACCOUNTS } from '../sandbox/accounts.ts';
import {
  chromeRedirectUri,
  isRegisteredRedirect,
  SANDBOX_INTEGRATION,
  unpackedChromeId,
} from '../sandbox/rest/integration.ts';
import { sandboxFetch } from '../sandbox/test-client.ts';
import { API } from '../sandbox/test-rest.ts';
import { approveWebexSignIn, WEBEX_AUTHORIZE_URL } from './flows';
import { EXTENSION_DIR, saveScreenshot } from './harness';
import { useRestSandbox } from './rest-lifecycle';

// The mechanism "Sign in with Webex" rests on, proven in the production build's service worker:
// chrome.identity.launchWebAuthFlow opens the stand-in's authorize page as a page of the
// Playwright context, approveWebexSignIn plays the host there, and the flow resolves with the
// chromiumapp.org redirect. The tests run in order on one browser profile (one Webex session).
const rest = useRestSandbox();
const GINA = SANDBOX_REST_ACCOUNTS.gina;

interface FlowOutcome {
  /** identity.getRedirectURL() in the service worker. */
  redirectUri: string;
  /** What launchWebAuthFlow resolved with, or its rejection's message. */
  url?: string;
  error?: string;
}

/** Runs launchWebAuthFlow in the service worker for the implicit grant with `extra` parameters. */
function launchFlow(
  interactive: boolean,
  extra: Record<string, string> = {},
): Promise<FlowOutcome> {
  const params = {
    response_type: 'token',
    client_id: SANDBOX_INTEGRATION.clientId,
    scope: SANDBOX_INTEGRATION.scopes.join(' '),
    ...extra,
  };
  return rest.harness.serviceWorker.evaluate(
    async ({ authorize, params, interactive }) => {
      const { identity } = (
        globalThis as unknown as {
          chrome: {
            identity: {
              getRedirectURL(): string;
              launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string>;
            };
          };
        }
      ).chrome;
      const redirectUri = identity.getRedirectURL();
      const query = new URLSearchParams({ ...params, redirect_uri: redirectUri });
      try {
        const url = await identity.launchWebAuthFlow({
          url: `${authorize}?${query}`,
          interactive,
        });
        return { redirectUri, url };
      } catch (error) {
        return { redirectUri, error: String((error as Error).message ?? error) };
      }
    },
    { authorize: WEBEX_AUTHORIZE_URL, params, interactive },
  );
}

/** The redirect's fragment parameters (the implicit grant answers there). */
function fragment(url: string | undefined): Record<string, string> {
  return Object.fromEntries(
    new URLSearchParams(new URL(url ?? 'https://invalid.test/').hash.slice(1)),
  );
}

async function emailsOf(token: string | undefined): Promise<unknown> {
  const reply = await sandboxFetch(rest.agent)(`${API}/people/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await reply.json()) as { emails?: unknown }).emails;
}

test('without a Webex session, a non-interactive flow never shows a page: prompt=none answers login_required, no prompt rejects', async () => {
  const silent = await launchFlow(false, { prompt: 'none', state: 'st-silent' });
  // The stand-in registers exactly this URI, computed from the build's path as Chrome does.
  expect(silent.redirectUri).toBe(`https://${rest.harness.extensionId}.chromiumapp.org/`);
  expect(silent.redirectUri).toBe(chromeRedirectUri(unpackedChromeId(EXTENSION_DIR)));
  expect(isRegisteredRedirect(silent.redirectUri)).toBe(true);
  expect(silent.url?.startsWith(silent.redirectUri)).toBe(true);
  expect(fragment(silent.url)).toMatchObject({ error: 'login_required', state: 'st-silent' });

  // The sign-in page loads and waits for a person: Chrome gives up rather than show it.
  const noPrompt = await launchFlow(false, { state: 'st-none' });
  expect(noPrompt).toEqual({
    redirectUri: silent.redirectUri,
    error: expect.stringMatching(/^User interaction required/),
  });
  expect(rest.harness.context.pages().filter((page) => page.url().startsWith(API))).toEqual([]);
});

test('interactive: the sign-in page opens as a page, gina signs in and accepts, the flow resolves with her token', async () => {
  const flow = launchFlow(true, { state: 'st-gina', login_hint: GINA.email });
  const page = await approveWebexSignIn(rest.harness.context, GINA, {
    beforeAccept: (signIn) => saveScreenshot(signIn, 'rest-auth-flow-window'),
  });
  const outcome = await flow;
  expect(outcome.error).toBeUndefined();
  expect(outcome.url?.startsWith(`${outcome.redirectUri}#`)).toBe(true);
  const answer = fragment(outcome.url);
  expect(answer).toMatchObject({ state: 'st-gina', token_type: 'Bearer', expires_in: '1209600' });
  expect(await emailsOf(answer.access_token)).toEqual([GINA.email]);
  // Chrome closes its sign-in window once the redirect is caught.
  await expect.poll(() => page.isClosed()).toBe(true);
});

test('after the consent, a non-interactive prompt=none flow resolves silently with a new token', async () => {
  const pagesBefore = rest.harness.context.pages().length;
  const outcome = await launchFlow(false, { prompt: 'none', state: 'st-renew' });
  const answer = fragment(outcome.url);
  expect(answer).toMatchObject({ state: 'st-renew', token_type: 'Bearer' });
  expect(answer.access_token).toMatch(/\S{20,}/);
  expect(await emailsOf(answer.access_token)).toEqual([GINA.email]);
  expect(rest.harness.context.pages()).toHaveLength(pagesBefore);
});
