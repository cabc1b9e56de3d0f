import { describe, expect, test } from 'vitest';
import {
  noIntegration,
  oauthFailure,
  signInCancelled,
} from '../../../../../lib/webex/rest/oauth/failures';

describe('OAuth failures in plain words', () => {
  test.each([
    { code: 'access_denied', kind: 'oauth', title: 'Access was not allowed' },
    { code: 'invalid_scope', kind: 'oauth', title: 'The Webex integration lacks a permission' },
    { code: 'invalid_client', kind: 'oauth', title: 'Webex did not accept the integration' },
    { code: 'unauthorized_client', kind: 'oauth', title: 'Webex did not accept the integration' },
    { code: 'invalid_grant', kind: 'oauth', title: 'Webex did not accept the sign-in' },
    { code: 'login_required', kind: 'token-expired', title: 'Your Webex sign-in has expired' },
    { code: 'consent_required', kind: 'token-expired', title: 'Your Webex sign-in has expired' },
    {
      code: 'interaction_required',
      kind: 'token-expired',
      title: 'Your Webex sign-in has expired',
    },
    {
      code: 'temporarily_unavailable',
      kind: 'oauth',
      title: 'Webex refused the sign-in (temporarily_unavailable)',
    },
    { code: 'toString', kind: 'oauth', title: 'Webex refused the sign-in (other)' },
    { code: '__proto__', kind: 'oauth', title: 'Webex refused the sign-in (__proto__)' },
  ])('$code: $kind, “$title”', ({ code, kind, title }) => {
    const info = oauthFailure('authorize', code, 'Webex words').toInfo();
    expect(info).toMatchObject({ kind, operation: 'GET /authorize', restErrors: ['Webex words'] });
    expect(info.explanation.title).toBe(title);
    for (const part of Object.values(info.explanation)) expect(part).not.toBe('');
  });

  test('invalid_scope names every scope to tick, as the next step', () => {
    const { action } = oauthFailure('authorize', 'invalid_scope').toInfo().explanation;
    expect(action).toContain('developer.webex.com');
    for (const scope of [
      'spark:people_read',
      'meeting:schedules_write',
      'meeting:preferences_read',
    ])
      expect(action).toContain(scope);
  });

  test('Webex’s own description is text, capped', () => {
    const info = oauthFailure('accessToken', 'server_error', `<b>${'x'.repeat(900)}</b>`).toInfo();
    expect(info.restErrors?.[0]).toHaveLength(501);
    expect(info.restErrors?.[0]?.startsWith('<b>')).toBe(true);
  });

  test.each([
    { error: noIntegration(), kind: 'no-integration', words: 'Options' },
    { error: signInCancelled(), kind: 'sign-in-cancelled', words: 'Sign in with Webex' },
  ])('$kind says what to do next', ({ error, kind, words }) => {
    const info = error.toInfo();
    expect(info.kind).toBe(kind);
    expect(info.explanation.action).toContain(words);
  });
});
