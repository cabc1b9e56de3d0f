import { describe, expect, it } from 'vitest';
import { commandSuccess, failureHeadline } from '../../../../lib/webex/url/command-outcomes';

describe('failureHeadline', () => {
  it.each([
    ['LI', undefined, "Couldn't sign in to WebEx"],
    ['LO', undefined, "Couldn't sign out of WebEx"],
    ['SU', undefined, "Couldn't create the WebEx account"],
    ['HM', '123456789', "Couldn't start meeting 123 456 789"],
    ['HM', undefined, "Couldn't start the meeting"],
    ['JM', '123456789', "Couldn't join meeting 123 456 789"],
    ['SM', undefined, "Couldn't schedule the meeting"],
    ['IM', undefined, "Couldn't start an instant meeting"],
    ['DM', '123456789', "Couldn't delete meeting 123 456 789"],
    ['OM', undefined, "Couldn't open the list of meetings"],
    ['CO', undefined, "Couldn't create the office"],
    ['QQ', undefined, "WebEx couldn't complete the request (QQ)"],
  ])('%s with MK %s: %s', (at, mk, headline) => {
    expect(failureHeadline(at, mk)).toBe(headline);
  });
});

describe('commandSuccess', () => {
  it.each([
    ['LI', undefined, 'Signed in'],
    ['LO', undefined, 'Signed out'],
    ['SU', undefined, 'WebEx account created'],
    ['HM', '123456789', 'Meeting 123 456 789 started'],
    ['JM', undefined, 'Joined the meeting'],
    ['SM', '123456789', 'Meeting 123 456 789 scheduled'],
    ['SM', undefined, 'Meeting scheduled'],
    ['IM', undefined, 'Instant meeting started'],
    ['DM', undefined, 'Meeting deleted'],
    ['QQ', undefined, 'WebEx request completed'],
  ])('%s with MK %s: %s', (at, mk, headline) => {
    expect(commandSuccess(at, mk).headline).toBe(headline);
  });

  it('offers to start a meeting just scheduled, when WebEx gave its number', () => {
    expect(commandSuccess('SM', '123456789').actions).toEqual([
      'start-meeting',
      'copy-details',
      'dismiss',
    ]);
    expect(commandSuccess('SM').actions).not.toContain('start-meeting');
  });

  // Issue 10, item 6: what the command was and what came back.
  // Issue 15, item 5: the ID and address came in the address: quoted facts, not these words.
  it('says an office was created; its ID and address are left to the quoted facts', () => {
    expect(commandSuccess('CO', undefined, { otherValues: 2 })).toEqual({
      headline: 'Office created',
      meaning: 'WebEx created the office.',
      action: 'Copy the details to keep the office ID and address.',
      actions: ['copy-details', 'dismiss'],
    });
  });

  it('names a command it does not know and points to the values WebEx sent back', () => {
    const success = commandSuccess('PL', undefined, { otherValues: 2 });
    expect(success.headline).toBe('WebEx request completed');
    expect(success.meaning).toBe(
      'WebEx reports that the PL request succeeded and sent back the values listed below.',
    );
    expect(success.actions).toEqual(['copy-details', 'dismiss']);
    expect(commandSuccess('PL').actions).toEqual(['dismiss']);
  });
});
