import { describe, expect, test } from 'vitest';
import { isWebExError } from '../../../../../lib/webex/errors';
import {
  PERSONAL_TOKEN_MS,
  personalTokenGrant,
} from '../../../../../lib/webex/rest/oauth/personal-token';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const TOKEN = 'NmQ1ZTk2YzQtYjU0Ny00ZTBkLThlNjctZmM0Nzc1ZWFhYjJh_PF84_1eb65fdf';

function outcome(text: string) {
  try {
    return personalTokenGrant(text, NOW);
  } catch (error) {
    if (!isWebExError(error)) throw error;
    return { kind: error.kind, message: error.message };
  }
}

describe('a pasted personal access token', () => {
  test.each([
    { name: 'as copied', text: TOKEN },
    { name: 'with spaces and a line break around it', text: `  ${TOKEN}\n` },
    { name: 'with a "Bearer " in front', text: `Bearer ${TOKEN}` },
  ])('is taken $name, for 12 hours', ({ text }) => {
    expect(outcome(text)).toEqual({
      accessToken: TOKEN,
      expiresAt: NOW + 12 * 3600 * 1000,
      tokenKind: 'personal',
    });
    expect(PERSONAL_TOKEN_MS).toBe(12 * 3600 * 1000);
  });

  test.each([
    { name: 'empty', text: '   ' },
    { name: 'too short', text: 'abc123' },
    { name: 'two words', text: `${TOKEN} ${TOKEN}` },
    { name: 'markup', text: `<img src=x onerror=alert(1)>${TOKEN}` },
    { name: 'longer than any token', text: 'a'.repeat(5000) },
  ])('is refused when $name, without quoting it', ({ text }) => {
    const result = outcome(text);
    expect(result).toMatchObject({ kind: 'input' });
    const quoted = text.trim().slice(0, 20);
    if (quoted) expect(JSON.stringify(result)).not.toContain(quoted);
  });
});
