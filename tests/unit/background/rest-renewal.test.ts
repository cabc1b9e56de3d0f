import { describe, expect, it } from 'vitest';
import { isRenewalDue } from '../../../lib/background/rest-renewal';
import type { RestAccountSession } from '../../../lib/webex/types';

const NOW = Date.UTC(2026, 0, 5, 9, 0);
const HOUR = 3_600_000;
const session = (overrides: Partial<RestAccountSession>): RestAccountSession => ({
  api: 'rest',
  site: { name: 'acme', origin: 'https://acme.webex.com' },
  webExId: 'gina@acme.example',
  accessToken: 'token-1',
  expiresAt: NOW + 10 * 24 * HOUR,
  tokenKind: 'integration',
  ...overrides,
});

describe('isRenewalDue', () => {
  it.each([
    ['a token with days left', {}, false],
    ['a token that has ended', { expiresAt: NOW }, true],
    [
      'an implicit token with hours left: used, not renewed (no refresh token)',
      { expiresAt: NOW + 5 * HOUR },
      false,
    ],
    [
      'a refreshable token within a day of its end',
      { expiresAt: NOW + 5 * HOUR, refreshToken: 'r' },
      true,
    ],
    [
      'a refreshable token with two days left: at most daily',
      { expiresAt: NOW + 48 * HOUR, refreshToken: 'r' },
      false,
    ],
    [
      'a refresh token that has ended',
      { expiresAt: NOW + 5 * HOUR, refreshToken: 'r', refreshExpiresAt: NOW },
      false,
    ],
    [
      'a personal token, even ended: only the host can paste another',
      { tokenKind: 'personal' as const, expiresAt: NOW },
      false,
    ],
  ])('%s', (_, overrides, due) => {
    expect(isRenewalDue(session(overrides), NOW)).toBe(due);
  });
});
