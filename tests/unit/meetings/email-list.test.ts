import { describe, expect, it } from 'vitest';
import { isEmailAddress, parseEmailList } from '../../../lib/meetings/email-list';

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
  ])('%j', (text, emails, invalid) => {
    expect(parseEmailList(text)).toEqual({ emails, invalid });
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
