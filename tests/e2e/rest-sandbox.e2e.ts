import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { SANDBOX_REST_ACCOUNTS } from '../sandbox/accounts.ts';
import { sandboxFetch } from '../sandbox/test-client.ts';
import { authorizeUrl, REDIRECT } from '../sandbox/test-oauth.ts';
import { API } from '../sandbox/test-rest.ts';
import { saveScreenshot } from './harness';
import { useRestSandbox } from './rest-lifecycle';

// The harness maps webexapis.com to the sandbox, so later REST tests of the extension can use
// it: the sign-in page in Chromium answers with the redirect launchWebAuthFlow would catch, and
// a start link opens on the site.
const rest = useRestSandbox();
const GINA = SANDBOX_REST_ACCOUNTS.gina;

test('Sign in with Webex in Chromium: the form, then a redirect to chromiumapp.org with the code; prompt=none after', async () => {
  const page = await rest.harness.context.newPage();
  await page.goto(authorizeUrl({ login_hint: GINA.email }));
  const form = page.getByRole('form', { name: 'Sign in with Webex' });
  await expect.poll(() => form.getByLabel('Email address').inputValue()).toBe(GINA.email);
  await form.getByLabel('Password').fill(GINA.password);
  await saveScreenshot(page, 'rest-sign-in-page');
  // chromiumapp.org resolves nowhere here: the redirect is seen as the request Chromium makes,
  // as launchWebAuthFlow sees it, and no step waits for that navigation to finish.
  const toRedirect = (target: Page) =>
    target.waitForRequest((request) => request.url().startsWith(REDIRECT), { timeout: 20_000 });
  const redirected = toRedirect(page);
  await form.getByRole('button', { name: 'Accept' }).click({ noWaitAfter: true });
  const first = new URL((await redirected).url());
  expect(first.searchParams.get('state')).toBe('st-1');
  expect(first.searchParams.get('code')).toMatch(/^[0-9a-f]{40}$/);

  // A new tab of the same browser: the Webex session cookie answers prompt=none at once.
  const silentPage = await rest.harness.context.newPage();
  const silent = toRedirect(silentPage);
  void silentPage.goto(authorizeUrl({ prompt: 'none', state: 'st-2' })).catch(() => undefined);
  const second = new URL((await silent).url());
  expect([second.searchParams.get('state'), second.searchParams.has('code')]).toEqual([
    'st-2',
    true,
  ]);
  await silentPage.close();
  await page.close();
});

test('a REST start link opens the meeting page on https://acme.webex.com', async () => {
  const call = (path: string, body: unknown) =>
    sandboxFetch(rest.agent)(`${API}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${GINA.personalAccessToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<Record<string, string>>);
  const meeting = await call('/meetings', {
    title: 'Quarterly planning',
    start: '2025-06-02T08:00:00Z',
    end: '2025-06-02T09:00:00Z',
  });
  const links = await call('/meetings/join', { meetingId: meeting.id, joinDirectly: false });
  const page = await rest.harness.context.newPage();
  await page.goto(links.startLink!);
  await page.getByRole('heading', { name: 'You started “Quarterly planning”' }).waitFor();
  await saveScreenshot(page, 'rest-start-link-page');
  expect(rest.sandbox.rest.state.meetings[0]?.state).toBe('inProgress');
  await page.close();
});
