import { describe, expect, it } from 'vitest';
import { inviteeSummary } from '../../../lib/meetings/invitee-summary';

describe('inviteeSummary', () => {
  it('counts valid addresses and lists each entry to fix, as typed', () => {
    expect(
      inviteeSummary(
        'a@x.com, dave at example.com, "Frank Ford" <frank@example.com>, b@, c@y.org',
        false,
      ),
    ).toEqual({ valid: 3, toFix: ['dave at example.com', 'b@'] });
  });

  it('does not call the entry under way bad while the host is still typing it', () => {
    expect(inviteeSummary('a@x.com, car', true)).toEqual({ valid: 1, toFix: [] });
    expect(inviteeSummary('nope, car', true)).toEqual({ valid: 0, toFix: ['nope'] });
  });

  it.each([
    ['a@x.com, car,', true],
    ['a@x.com, car ', true],
    ['a@x.com, car\n', true],
    ['a@x.com, car', false],
  ])(
    'calls the last entry bad once it is finished or the host left: %j typing=%s',
    (text, typing) => {
      expect(inviteeSummary(text, typing)).toEqual({ valid: 1, toFix: ['car'] });
    },
  );

  it('counts a repeated address once', () => {
    expect(inviteeSummary('a@x.com, A@x.com', false)).toEqual({ valid: 1, toFix: [] });
  });
});
