import { describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => [] as unknown[][]);
vi.mock('../../../lib/messaging', () => ({
  sendMessage: (...args: unknown[]) => {
    sent.push(args);
    return Promise.resolve({ ok: true, value: `answer to ${String(args[0])}` });
  },
}));

const { lazySendMessage } = await import('../../../lib/lazy-send');

describe('lazySendMessage: sendMessage, loaded on the first send', () => {
  it('passes the message and its data through and answers with the reply', async () => {
    const reply = await lazySendMessage('scheduleMeeting', {
      requestId: 'r1',
      request: { topic: 't', startsAt: 0, timeZone: 'UTC', durationMinutes: 30, invitees: [] },
    });
    expect(reply).toEqual({ ok: true, value: 'answer to scheduleMeeting' });
    expect(sent).toEqual([
      [
        'scheduleMeeting',
        {
          requestId: 'r1',
          request: { topic: 't', startsAt: 0, timeZone: 'UTC', durationMinutes: 30, invitees: [] },
        },
      ],
    ]);
  });
});
