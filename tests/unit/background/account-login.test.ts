import { beforeEach, describe, expect, it } from 'vitest';
import { getAccount, signIn, signOut } from '../../../lib/background/account';
import { SANDBOX_ACCOUNTS } from '../../sandbox/accounts.ts';
import { ALICE_PASSWORD } from './fake-backend';
import { ACME, testEnv } from './test-env';

let t: ReturnType<typeof testEnv>;
beforeEach(() => {
  t = testEnv();
});

describe('signIn with the email address in "WebEx ID or email"', () => {
  it('passes the address to WebEx, and keeps the WebEx ID WebEx answered', async () => {
    const answer = await signIn(t.env, {
      siteInput: 'acme',
      webExId: ` ${SANDBOX_ACCOUNTS.alice.email} `,
      password: ALICE_PASSWORD,
      keepSignedIn: false,
    });
    expect(answer).toMatchObject({ ok: true, value: { signedIn: true, webExId: 'alice' } });
    expect(t.backend.callsOf('signIn')).toEqual([
      [ACME, SANDBOX_ACCOUNTS.alice.email, ALICE_PASSWORD],
    ]);
    expect(await t.env.items.sessionAccount.getValue()).toMatchObject({
      session: { webExId: 'alice' },
    });
    expect(await t.env.items.lastAccount.getValue()).toEqual({
      site: ACME,
      webExId: 'alice',
      api: 'xml',
    });
    await signOut(t.env);
    expect(await getAccount(t.env)).toMatchObject({ signedIn: false, lastWebExId: 'alice' });
  });
});
