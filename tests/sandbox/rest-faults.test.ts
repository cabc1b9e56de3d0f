import { describe, expect, it } from 'vitest';
import { implicitToken } from './test-oauth.ts';
import { meetingRequest, restCalls } from './test-rest.ts';
import { useSandbox } from './test-setup.ts';

describe('REST faults injected through sandbox.faults', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const api = restCalls(fx);
  const meetings = () => fx.sandbox.rest.state.meetings;

  it('rest-expired-token: the token really expires, so this and later calls get 401', async () => {
    const token = await implicitToken(fx.browser());
    fx.sandbox.faults.inject({ kind: 'rest-expired-token', operation: 'GET /meetings' });
    expect((await api.get('/people/me', token)).status).toBe(200);
    const expired = await api.get('/meetings', token);
    expect([expired.status, typeof expired.json.trackingId]).toEqual([401, 'string']);
    expect((await api.get('/people/me', token)).status).toBe(401);
  });

  it('rest-forbidden: a 403 JSON error, nothing done', async () => {
    fx.sandbox.faults.inject({ kind: 'rest-forbidden', operation: 'POST /meetings' });
    const reply = await api.post('/meetings', meetingRequest());
    expect([reply.status, typeof reply.json.message]).toEqual([403, 'string']);
    expect(meetings()).toEqual([]);
  });

  it('rest-rate-limit: 429 with an HTML body and Retry-After, nothing done, then normal', async () => {
    fx.sandbox.faults.inject({ kind: 'rest-rate-limit', retryAfterSeconds: 7 });
    const limited = await api.post('/meetings', meetingRequest());
    expect([
      limited.status,
      limited.headers.get('retry-after'),
      limited.headers.get('content-type'),
    ]).toEqual([429, '7', 'text/html; charset=UTF-8']);
    expect(limited.text).toContain('<h1>Too Many Requests</h1>');
    expect(meetings()).toEqual([]);
    expect((await api.post('/meetings', meetingRequest())).status).toBe(200);
  });

  it.each([500, 502, 503, 504] as const)(
    'rest-server-error %i: a JSON error, nothing done',
    async (status) => {
      fx.sandbox.faults.inject({ kind: 'rest-server-error', status });
      const reply = await api.post('/meetings', meetingRequest());
      expect([reply.status, typeof reply.json.trackingId]).toEqual([status, 'string']);
      expect(reply.headers.get('retry-after')).toBe(status === 503 ? '10' : null);
      expect(meetings()).toEqual([]);
    },
  );

  it('rest-lost-answer: the meeting is created, the connection closes without an answer', async () => {
    fx.sandbox.faults.inject({ kind: 'rest-lost-answer', operation: 'POST /meetings' });
    await expect(api.post('/meetings', meetingRequest())).rejects.toThrow();
    expect(meetings()).toHaveLength(1);
    expect(fx.sandbox.rest.requests.at(-1)?.status).toBe(200);
  });

  it('faults apply to the token endpoint too, and times counts requests', async () => {
    fx.sandbox.faults.inject({
      kind: 'rest-server-error',
      operation: 'POST /access_token',
      times: 2,
    });
    const post = () => api.call(undefined, 'POST', '/access_token');
    const statuses = [(await post()).status, (await post()).status, (await post()).status];
    expect(statuses).toEqual([500, 500, 400]);
  });

  it('reset() clears REST state, exchanges and faults', async () => {
    await api.post('/meetings', meetingRequest());
    fx.sandbox.faults.inject({ kind: 'rest-forbidden' });
    fx.sandbox.reset();
    expect([meetings(), fx.sandbox.rest.requests]).toEqual([[], []]);
    expect((await api.get('/people/me')).status).toBe(200);
  });
});
