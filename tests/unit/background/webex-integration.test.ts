import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, test } from 'vitest';
import {
  getWebexIntegration,
  hasOAuthClient,
  readManagedClient,
  readOAuthClient,
  setWebexIntegration,
} from '../../../lib/background/webex-integration';
import { REDIRECT_URL, testEnv } from './test-env';

describe('the Webex integration settings', () => {
  test('nothing configured: no client ID, the redirect URI still shown', async () => {
    const { env } = testEnv();
    expect(await getWebexIntegration(env)).toEqual({ hasSecret: false, redirectUri: REDIRECT_URL });
  });

  test.each([
    {
      name: 'the build alone',
      build: 'C-build',
      options: undefined,
      managed: undefined,
      view: { clientId: 'C-build', source: 'build', hasSecret: false, grant: 'implicit' },
    },
    {
      name: 'Options over the build',
      build: 'C-build',
      options: { clientId: 'C-opt' },
      managed: undefined,
      view: { clientId: 'C-opt', source: 'options', hasSecret: false, grant: 'implicit' },
    },
    {
      name: 'Options with a secret',
      build: undefined,
      options: { clientId: 'C-opt', clientSecret: 'opt-secret' },
      managed: undefined,
      view: { clientId: 'C-opt', source: 'options', hasSecret: true, grant: 'code-pkce' },
    },
    {
      name: 'the administrator over everything',
      build: 'C-build',
      options: { clientId: 'C-opt', clientSecret: 'opt-secret' },
      managed: { clientId: 'C-admin', clientSecret: 'admin-secret' },
      view: { clientId: 'C-admin', source: 'managed', hasSecret: true, grant: 'code-pkce' },
    },
  ])('$name', async ({ build, options, managed, view }) => {
    const run = testEnv();
    run.env.integration.buildClientId = build;
    run.managed.values = managed;
    if (options) await run.env.items.webexIntegration.setValue(options);
    const shown = await getWebexIntegration(run.env);
    expect(shown).toEqual({ ...view, redirectUri: REDIRECT_URL });
    expect(JSON.stringify(shown)).not.toMatch(/opt-secret|admin-secret/);
  });

  test('saving: sealed in local storage, nothing in sync, the secret kept while the ID stays', async () => {
    const { env } = testEnv();
    const saved = await setWebexIntegration(env, {
      clientId: ' C-opt ',
      clientSecret: 'opt-secret',
    });
    expect(saved).toMatchObject({ ok: true, value: { clientId: 'C-opt', hasSecret: true } });
    const local = JSON.stringify(await fakeBrowser.storage.local.get());
    expect(local).not.toContain('opt-secret');
    expect(local).not.toContain('C-opt');
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
    // The ID again without a secret: the secret stays.
    await setWebexIntegration(env, { clientId: 'C-opt' });
    expect(await readOAuthClient(env)).toMatchObject({ clientSecret: 'opt-secret' });
    // Another ID without a secret: the old secret is not lent to it.
    await setWebexIntegration(env, { clientId: 'C-other' });
    expect(await readOAuthClient(env)).toEqual({
      clientId: 'C-other',
      grant: 'implicit',
      source: 'options',
    });
  });

  test.each([
    {
      name: 'an empty secret clears it',
      request: { clientId: 'C-opt', clientSecret: '' },
      client: { clientId: 'C-opt', grant: 'implicit', source: 'options' },
    },
    {
      name: 'an empty client ID clears all: the build again',
      request: { clientId: '  ' },
      client: { clientId: 'C-build', grant: 'implicit', source: 'build' },
    },
  ])('$name', async ({ request, client }) => {
    const run = testEnv();
    run.env.integration.buildClientId = 'C-build';
    await setWebexIntegration(run.env, { clientId: 'C-opt', clientSecret: 'opt-secret' });
    expect(await setWebexIntegration(run.env, request)).toMatchObject({ ok: true });
    expect(await readOAuthClient(run.env)).toEqual(client);
  });

  test.each([
    { name: 'a client ID with spaces', request: { clientId: 'C opt' } },
    { name: 'a secret with spaces', request: { clientId: 'C-opt', clientSecret: 'two words' } },
  ])('refuses $name (input), storing nothing', async ({ request }) => {
    const { env } = testEnv();
    const reply = await setWebexIntegration(env, request);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'input' } });
    expect(await env.items.webexIntegration.getValue()).toBeNull();
  });

  test.each([
    {
      name: 'a policy with both values',
      answer: async () => ({ clientId: 'C-admin', clientSecret: 's' }),
      values: { clientId: 'C-admin', clientSecret: 's' },
    },
    { name: 'no policy', answer: async () => ({}), values: undefined },
    {
      name: 'a policy with a secret only',
      answer: async () => ({ clientSecret: 's' }),
      values: undefined,
    },
    {
      name: 'a browser without managed storage (Firefox rejects)',
      answer: () => Promise.reject(new Error('Managed storage manifest not found')),
      values: undefined,
    },
  ])('managed storage: $name', async ({ answer, values }) => {
    expect(await readManagedClient({ get: answer })).toEqual(values);
  });
});

describe('hasOAuthClient: whether the sign-in screen offers Sign in with Webex', () => {
  test.each([
    {
      name: 'the build',
      build: 'C-build',
      options: undefined,
      managed: undefined,
      ready: true,
      asked: false,
    },
    {
      name: 'Options',
      build: undefined,
      options: { clientId: 'C-opt' },
      managed: undefined,
      ready: true,
      asked: false,
    },
    {
      name: 'the administrator alone',
      build: undefined,
      options: undefined,
      managed: { clientId: 'C-admin' },
      ready: true,
      asked: true,
    },
    {
      name: 'nothing',
      build: undefined,
      options: undefined,
      managed: undefined,
      ready: false,
      asked: true,
    },
  ])(
    '$name: $ready; managed storage read: $asked',
    async ({ build, options, managed, ready, asked }) => {
      const run = testEnv();
      run.env.integration.buildClientId = build;
      run.managed.values = managed;
      if (options) await run.env.items.webexIntegration.setValue(options);
      let reads = 0;
      const readManaged = run.env.integration.managed;
      run.env.integration.managed = () => {
        reads += 1;
        return readManaged();
      };
      expect(await hasOAuthClient(run.env)).toBe(ready);
      expect(reads > 0).toBe(asked);
    },
  );
});
