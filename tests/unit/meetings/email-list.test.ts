import { describe, expect, it } from 'vitest';
import {
  MAX_LIST_CHARS,
  MAX_LIST_ENTRIES,
  isEmailAddress,
  parseEmailList,
} from '../../../lib/meetings/email-list';

describe('parseEmailList', () => {
  it.each([
    ['', [], []],
    ['carol@example.com', [{ email: 'carol@example.com' }], []],
    [
      'a@x.com, b@y.org; c@z.net\nd@w.io  e@v.co',
      ['a@x.com', 'b@y.org', 'c@z.net', 'd@w.io', 'e@v.co'].map((email) => ({ email })),
      [],
    ],
    [
      'Dave Smith <dave@example.com>, "Lee, Ann" <ann@example.com>',
      [
        { email: 'dave@example.com', name: 'Dave Smith' },
        { email: 'ann@example.com', name: 'Lee, Ann' },
      ],
      [],
    ],
    ['a@x.com, A@X.com', [{ email: 'a@x.com' }], []],
    ['a@x.com, nope, b@', [{ email: 'a@x.com' }], ['nope', 'b@']],
    ['<script>@x.com', [], ['<script>@x.com']],
    [' , ;; ,', [], []],
    ['dave at example.com', [], ['dave at example.com']],
    [
      'a@x.com b@y.org, dave at example.com',
      [{ email: 'a@x.com' }, { email: 'b@y.org' }],
      ['dave at example.com'],
    ],
    ['"Frank Ford" <frank@example.com>', [{ email: 'frank@example.com', name: 'Frank Ford' }], []],
    ['a@x.com\r\nb@y.org', [{ email: 'a@x.com' }, { email: 'b@y.org' }], []],
  ])('%j', (text, emails, invalid) => {
    const parsed = parseEmailList(text);
    expect({ emails: parsed.emails, invalid: parsed.invalid }).toEqual({ emails, invalid });
    expect(parsed.truncated).toBe(false);
  });

  it('lists every entry in the order typed, duplicates too, each with what it was understood as', () => {
    expect(parseEmailList('Frank <f@x.com>, nope, f@x.com').entries).toEqual([
      { text: 'Frank <f@x.com>', parsed: { email: 'f@x.com', name: 'Frank' } },
      { text: 'nope' },
      { text: 'f@x.com', parsed: { email: 'f@x.com' } },
    ]);
  });

  it('reads at most MAX_LIST_ENTRIES entries and says it stopped', () => {
    const text = Array.from({ length: MAX_LIST_ENTRIES + 5 }, (_, i) => `p${i}@x.com`).join(',');
    const parsed = parseEmailList(text);
    expect(parsed.entries).toHaveLength(MAX_LIST_ENTRIES);
    expect(parsed.emails.at(-1)).toEqual({ email: `p${MAX_LIST_ENTRIES - 1}@x.com` });
    expect(parsed.truncated).toBe(true);
  });

  it('reads at most MAX_LIST_CHARS characters and says it stopped', () => {
    const parsed = parseEmailList(`a@x.com ${' '.repeat(MAX_LIST_CHARS)}b@y.org`);
    expect(parsed.emails).toEqual([{ email: 'a@x.com' }]);
    expect(parsed.truncated).toBe(true);
  });
});

describe('isEmailAddress', () => {
  it.each([
    ['dave@example.com', true],
    ['first.last+tag@sub.example.co.uk', true],
    ['dave@example', false],
    ['dave example@x.com', false],
    ['@example.com', false],
    ['dave@@example.com', false],
    ['', false],
  ])('%j -> %s', (text, valid) => {
    expect(isEmailAddress(text)).toBe(valid);
  });
});
