import { describe, expect, it } from 'vitest';
import { meetingOffer, startedMessage } from '../../../lib/explainer/meeting-offer';
import { offeredActions } from '../../../lib/explainer/panel-actions';
import { capped, quoted } from '../../../lib/explainer/quote';
import type { ResultMeetingRefusal } from '../../../lib/messaging';

const CLOCK = { now: Date.UTC(2025, 5, 2, 9, 0), timeZone: 'UTC' };
const refused = (refusal: ResultMeetingRefusal) =>
  meetingOffer({ ok: true, value: { mayStart: false, refusal } }, '123456789', CLOCK);

describe('quoted', () => {
  it('marks someone else’s text as a quotation and caps it at 64 characters', () => {
    expect(quoted('AccessDenied')).toBe('“AccessDenied”');
    expect(quoted('B'.repeat(200))).toBe(`“${'B'.repeat(63)}…”`);
    expect(capped('x'.repeat(64))).toBe('x'.repeat(64));
  });

  it('never splits a character made of two code units', () => {
    const text = '😀'.repeat(70);
    expect(capped(text)).toBe(`${'😀'.repeat(63)}…`);
  });
});

describe('meetingOffer', () => {
  it("asks about the host's own meeting with WebEx's topic and start", () => {
    const check = {
      mayStart: true as const,
      meetingKey: '123456789',
      topic: 'Weekly sync',
      startsAt: Date.UTC(2025, 5, 2, 14, 30),
    };
    expect(meetingOffer({ ok: true, value: check }, '123456789', CLOCK)).toEqual({
      state: 'ready',
      message: expect.stringMatching(/^Start “Weekly sync” \(Today, 2:30\sPM\)\?$/),
    });
  });

  it('says why not, naming what the extension knows', () => {
    expect(refused({ reason: 'signedOut' }).message).toMatch(
      /^Not starting meeting 123 456 789 .* nobody is signed in/,
    );
    expect(
      refused({ reason: 'otherSite', pageHost: 'evil.webex.com', siteHost: 'acme.webex.com' })
        .message,
    ).toBe(
      'This page is on evil.webex.com, but WebEx Host Helper is signed in to acme.webex.com. It starts meetings only from pages of the site you are signed in to.',
    );
    expect(
      refused({
        reason: 'notHostsMeeting',
        meetingKey: '123456789',
        webExId: 'alice',
        siteHost: 'acme.webex.com',
      }).state,
    ).toBe('refused');
  });

  it('a failed check or start is said, never offered', () => {
    const error = {
      kind: 'network' as const,
      message: 'x',
      explanation: { title: 'Could not reach the site', meaning: '', action: '' },
    };
    expect(meetingOffer({ ok: false, error }, '123456789', CLOCK)).toEqual({
      state: 'refused',
      message: expect.stringMatching(/^Couldn't check meeting 123 456 789 with WebEx/),
    });
    expect(startedMessage({ ok: false, error, ticketExpired: true }, '123456789').message).toMatch(
      /expired/,
    );
  });
});

describe('offeredActions', () => {
  const actions = ['start-meeting', 'copy-details', 'dismiss'] as const;
  it('shows Start only once the background said ready', () => {
    expect(offeredActions(actions, { state: 'checking' })).toEqual(['copy-details', 'dismiss']);
    expect(offeredActions(actions, { state: 'ready' })).toEqual([...actions]);
    expect(offeredActions(actions, { state: 'refused' })).toEqual([
      'open-extension',
      'copy-details',
      'dismiss',
    ]);
    expect(
      offeredActions(['start-meeting', 'open-extension', 'dismiss'], { state: 'refused' }),
    ).toEqual(['open-extension', 'dismiss']);
  });
});
