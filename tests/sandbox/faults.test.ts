import { fetch } from 'undici';
import { describe, expect, it, vi } from 'vitest';
import { meetingBody, useSandbox } from './test-setup.ts';
import { postXml, request, ALICE } from './test-xml.ts';

const ACME_XML = 'https://acme.webex.com/WBXService/XMLService';
const CREATE = request(ALICE, 'meet:createMeeting', meetingBody());
const GET_USER = request(ALICE, 'use:getUser', '<use:webExId>alice</use:webExId>');

describe('fault injection', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const meetings = () => fx.sandbox.state('acme').meetings;

  it('latency: answers after the given real time, then normally', async () => {
    await fx.post(ACME_XML, GET_USER); // warms the schema cache: validation time is not latency
    fx.sandbox.faults.inject({ kind: 'latency', ms: 400 });
    const started = performance.now();
    const reply = await fx.post(ACME_XML, GET_USER);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    expect(reply.result).toBe('SUCCESS');
  });

  it('latency: a client that gives up mid-request does not stop the operation (as a closing popup)', async () => {
    fx.sandbox.faults.inject({ kind: 'latency', ms: 500, operation: 'CreateMeeting' });
    const abort = new AbortController();
    const pending = fetch(ACME_XML, {
      method: 'POST',
      body: CREATE,
      signal: abort.signal,
      dispatcher: fx.agent,
    });
    await vi.waitFor(() => expect(fx.sandbox.requests).toHaveLength(1), {
      timeout: 5_000,
      interval: 20,
    });
    abort.abort();
    await expect(pending).rejects.toThrow();
    await vi.waitFor(() => expect(meetings()).toHaveLength(1), { timeout: 5_000, interval: 20 });
  });

  it('http500: an HTML 500 page, and the operation did not run', async () => {
    fx.sandbox.faults.inject({ kind: 'http500' });
    const reply = await fx.post(ACME_XML, CREATE);
    expect([reply.status, reply.contentType]).toEqual([500, 'text/html; charset=UTF-8']);
    expect(meetings()).toEqual([]);
  });

  it('html: a 200 HTML page instead of XML, and the operation did not run', async () => {
    fx.sandbox.faults.inject({ kind: 'html' });
    const reply = await fx.post(ACME_XML, CREATE);
    expect([reply.status, reply.contentType]).toEqual([200, 'text/html; charset=UTF-8']);
    expect(reply.text).toMatch(/^<!DOCTYPE html>/);
    expect(meetings()).toEqual([]);
  });

  it('truncated: half of the real XML answer, after the operation ran', async () => {
    fx.sandbox.faults.inject({ kind: 'truncated' });
    const cut = await fx.post(ACME_XML, CREATE);
    expect([cut.status, cut.contentType]).toEqual([200, 'text/xml;charset=UTF-8']);
    expect(cut.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<serv:message')).toBe(true);
    expect(cut.text).not.toContain('</serv:message>');
    expect(meetings()).toHaveLength(1);
  });

  it.each([
    ['000035', 'Backend service is not responding'],
    ['000045', 'Request rate limit reached, please try again later'],
  ] as const)(
    'exception %s: FAILURE for the named operation only, nothing done',
    async (exceptionId, reason) => {
      fx.sandbox.faults.inject({ kind: 'exception', exceptionId, operation: 'CreateMeeting' });
      expect((await fx.post(ACME_XML, GET_USER)).result).toBe('SUCCESS');
      const failed = await fx.post(ACME_XML, CREATE);
      expect([failed.result, failed.exceptionId, failed.reason]).toEqual([
        'FAILURE',
        exceptionId,
        reason,
      ]);
      expect(failed.text).toContain('xmlns:meet=');
      expect(meetings()).toEqual([]);
      expect((await fx.post(ACME_XML, CREATE)).result).toBe('SUCCESS');
    },
  );

  it('reset: the connection is destroyed with no answer, after the operation ran', async () => {
    fx.sandbox.faults.inject({ kind: 'reset' });
    await expect(postXml(fx.agent, ACME_XML, CREATE)).rejects.toThrow();
    expect(meetings()).toHaveLength(1);
  });

  it('times: affects that many matching requests, then stops', async () => {
    fx.sandbox.faults.inject({ kind: 'http500', times: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index += 1)
      statuses.push((await fx.post(ACME_XML, GET_USER)).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('clear() drops pending faults', async () => {
    fx.sandbox.faults.inject({ kind: 'http500', times: 5 });
    fx.sandbox.faults.clear();
    expect((await fx.post(ACME_XML, GET_USER)).status).toBe(200);
  });

  it('reset() restores state, clock, faults, recorded requests and the key sequence', async () => {
    const firstKey = (await fx.post(ACME_XML, CREATE)).value('meetingkey');
    const startTime = fx.sandbox.clock.now();
    fx.sandbox.clock.advance(3_600_000);
    fx.sandbox.faults.inject({ kind: 'http500' });
    fx.sandbox.reset();
    expect([meetings(), fx.sandbox.requests, fx.sandbox.clock.now()]).toEqual([[], [], startTime]);
    const again = await fx.post(ACME_XML, CREATE);
    expect([again.status, again.value('meetingkey')]).toEqual([200, firstKey]);
  });

  it('clock.set() moves the sandbox clock to an instant', () => {
    fx.sandbox.clock.set(Date.UTC(2026, 0, 1));
    expect(fx.sandbox.clock.now()).toBe(Date.UTC(2026, 0, 1));
  });
});
