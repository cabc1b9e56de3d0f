import { describe, expect, it, vi } from 'vitest';
import { WebExApiError, type WebExErrorKind } from '../../lib/webex/errors';
import { explainException } from '../../lib/webex/exception-catalogue';
import type { Fault } from '../sandbox/index.ts';
import { meetingRequest, rejectionOf, useXmlClient } from './xml-client-setup.ts';

// Set when a lost answer may hide a meeting WebEx did create (lib/webex/xml/failures.ts).
const DUPLICATE_WARNING = /may have created the meeting anyway/;

describe('XML API client over HTTPS: faults', { timeout: 30_000 }, () => {
  const fx = useXmlClient();

  // `warns`: the explanation tells the host to look for the meeting before scheduling it again.
  // An HTML page comes from something in front of WebEx (a portal, a proxy), so no warning.
  it.each<{ fault: Fault; kind: WebExErrorKind; details: object; warns: boolean; created: number }>(
    [
      {
        fault: { kind: 'http500' },
        kind: 'http',
        details: { httpStatus: 500 },
        warns: true,
        created: 0,
      },
      {
        fault: { kind: 'html' },
        kind: 'not-xml',
        details: { httpStatus: 200 },
        warns: false,
        created: 0,
      },
      {
        fault: { kind: 'truncated' },
        kind: 'truncated',
        details: { httpStatus: 200 },
        warns: true,
        created: 1,
      },
      { fault: { kind: 'reset' }, kind: 'network', details: {}, warns: true, created: 1 },
    ],
  )(
    'CreateMeeting meeting $fault.kind: $kind, sent once',
    async ({ fault, kind, details, warns, created }) => {
      const { session } = await fx.signIn();
      fx.sandbox.faults.inject({ ...fault, operation: 'CreateMeeting' });

      const error = await rejectionOf(fx.backend().schedule(session, meetingRequest()));

      expect(error).toMatchObject({ kind, details: { operation: 'CreateMeeting', ...details } });
      expect(DUPLICATE_WARNING.test(error.explanation.action)).toBe(warns);
      expect(fx.requestsFor('CreateMeeting')).toHaveLength(1);
      expect(fx.sandbox.state('acme').meetings).toHaveLength(created);
    },
  );

  it.each(['000035', '000045'] as const)(
    'CreateMeeting meeting exception %s: that WebExApiError, sent once',
    async (exceptionId) => {
      const { session } = await fx.signIn();
      fx.sandbox.faults.inject({ kind: 'exception', exceptionId, operation: 'CreateMeeting' });

      const error = await rejectionOf(fx.backend().schedule(session, meetingRequest()));

      expect(error).toBeInstanceOf(WebExApiError);
      expect(error).toMatchObject({ kind: 'api', exceptionId });
      expect(error.explanation).toEqual(explainException(exceptionId));
      expect(fx.requestsFor('CreateMeeting')).toHaveLength(1);
      expect(fx.sandbox.state('acme').meetings).toEqual([]);
    },
  );

  it("an answer slower than timeoutMs: 'timeout', sent once, though WebEx made the meeting", async () => {
    const { session } = await fx.signIn();
    fx.sandbox.faults.inject({ kind: 'latency', ms: 1500, operation: 'CreateMeeting' });

    const error = await rejectionOf(
      fx.backend({ timeoutMs: 500 }).schedule(session, meetingRequest()),
    );

    expect(error).toMatchObject({ kind: 'timeout', details: { operation: 'CreateMeeting' } });
    expect(error.explanation.meaning).toContain('0.5 seconds');
    expect(error.explanation.action).toMatch(DUPLICATE_WARNING);
    // The sandbox finishes the request after its delay: the warning above is warranted.
    await vi.waitFor(() => expect(fx.sandbox.state('acme').meetings).toHaveLength(1), {
      timeout: 5000,
    });
    expect(fx.requestsFor('CreateMeeting')).toHaveLength(1);
  });

  it('a fault outside CreateMeeting gives no duplicate warning', async () => {
    const backend = fx.backend();
    const { session } = await fx.signIn();
    fx.sandbox.faults.inject({ kind: 'reset', operation: 'LstsummaryMeeting' });

    const error = await rejectionOf(
      backend.list(session, { from: session.expiresAt, to: session.expiresAt + 1 }),
    );

    expect(error).toMatchObject({ kind: 'network', details: { operation: 'LstsummaryMeeting' } });
    expect(error.explanation.action).not.toMatch(DUPLICATE_WARNING);
    // The fault was used up; the next request gets its answer.
    await expect(
      backend.list(session, { from: session.expiresAt, to: session.expiresAt + 1 }),
    ).resolves.toEqual([]);
  });
});
