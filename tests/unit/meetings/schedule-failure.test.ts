import { describe, expect, it } from 'vitest';
import type { WebExErrorInfo } from '../../../lib/webex/errors';
import type { ScheduleRequest } from '../../../lib/webex/types';
import { mayHaveScheduled, refusedAlternateHost } from '../../../lib/meetings/schedule-failure';

const explanation = { title: 't', meaning: 'm', action: 'a' };
const apiError = (exceptionId: string): WebExErrorInfo => ({
  kind: 'api',
  message: 'failed',
  explanation,
  exceptionId,
});
const request: ScheduleRequest = {
  topic: 'Review',
  startsAt: 0,
  timeZone: 'UTC',
  durationMinutes: 30,
  meetingPassword: 'Ab3dEf7hJk',
  invitees: [
    { email: 'carol@example.com', role: 'ATTENDEE' },
    { email: 'dave@example.com', role: 'HOST' },
  ],
};

describe('refusedAlternateHost', () => {
  it('names the alternate host on 040007', () => {
    expect(refusedAlternateHost(apiError('040007'), request)).toBe('dave@example.com');
  });

  it.each(['060026', '030047', '000015'])('is undefined for %s', (exceptionId) => {
    expect(refusedAlternateHost(apiError(exceptionId), request)).toBeUndefined();
  });

  it('is undefined when nobody was invited as host', () => {
    const attendeesOnly = { ...request, invitees: [request.invitees[0]!] };
    expect(refusedAlternateHost(apiError('040007'), attendeesOnly)).toBeUndefined();
  });
});

describe('mayHaveScheduled', () => {
  it.each([
    ['timeout', true],
    ['network', true],
    ['truncated', true],
    ['api', false],
    ['not-xml', false],
    ['xml-api-off', false],
    ['not-json', false],
    ['token-expired', false],
  ] as const)('%s -> %s', (kind, expected) => {
    expect(mayHaveScheduled({ kind, message: 'm', explanation })).toBe(expected);
  });

  it.each([
    [500, true],
    [503, true],
    [400, false],
    [403, false],
  ])(
    'http %i -> %s (a server error may come after the meeting was made)',
    (httpStatus, expected) => {
      expect(mayHaveScheduled({ kind: 'http', httpStatus, message: 'm', explanation })).toBe(
        expected,
      );
    },
  );

  it.each([
    [500, true],
    [502, true],
    [400, false],
    [429, false],
  ])('REST %i -> %s', (httpStatus, expected) => {
    const error = { kind: 'rest-api' as const, httpStatus, message: 'm', explanation };
    expect(mayHaveScheduled(error)).toBe(expected);
  });
});
