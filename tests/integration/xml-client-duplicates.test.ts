import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../lib/background/duplicate-check';
import type { Agent } from 'undici';
import { sandboxAgent } from '../sandbox/test-client.ts';
import type { Sandbox } from '../sandbox/index.ts';
import { meetingBody } from '../sandbox/test-setup.ts';
import { ALICE as ALICE_XML, postXml, request } from '../sandbox/test-xml.ts';
import { HOUR, meetingRequest, rejectionOf, useXmlClient } from './xml-client-setup.ts';

const ACME_XML = 'https://acme.webex.com/WBXService/XMLService';

/** As sandboxAgent, but on one connection, so a second request surely reuses the first's. */
function oneConnectionAgent(sandbox: Sandbox): Agent {
  return sandboxAgent(sandbox, { connections: 1 });
}

// One click, two meetings: a CreateMeeting the browser resent after its connection dropped.
describe('XML API client over HTTPS: a resent CreateMeeting', { timeout: 30_000 }, () => {
  const fx = useXmlClient();
  const meetings = () => fx.sandbox.state('acme').meetings;

  it('duplicate-create: WebEx holds two; the check finds the other one, not the answered one', async () => {
    const backend = fx.backend();
    const { session } = await fx.signIn();
    fx.sandbox.faults.inject({ kind: 'duplicate-create', operation: 'CreateMeeting' });

    const scheduled = await backend.schedule(session, meetingRequest());

    expect(fx.requestsFor('CreateMeeting')).toHaveLength(1);
    expect(meetings()).toHaveLength(2);
    const [extra, answered] = meetings();
    expect(answered?.meetingKey).toBe(scheduled.meetingKey);
    expect([extra?.confName, extra?.startDate]).toEqual([answered?.confName, answered?.startDate]);
    expect(await findDuplicates(backend, session, scheduled)).toEqual([
      { meetingKey: extra?.meetingKey, topic: 'Weekly sync', startsAt: scheduled.startsAt },
    ]);

    // The host's one click: DelMeeting of the extra key; the answered meeting stays.
    await backend.remove(session, extra!.meetingKey);
    expect(meetings().map((m) => m.meetingKey)).toEqual([scheduled.meetingKey]);
    expect(await findDuplicates(backend, session, scheduled)).toEqual([]);
  });

  it('no fault: one meeting, no duplicate, even beside others of the same topic or start', async () => {
    const backend = fx.backend();
    const { session } = await fx.signIn();
    await backend.schedule(session, meetingRequest({ startsAt: meetingRequest().startsAt + HOUR }));
    await backend.schedule(session, meetingRequest({ topic: 'Another topic' }));

    const scheduled = await backend.schedule(session, meetingRequest());

    expect(meetings()).toHaveLength(3);
    expect(await findDuplicates(backend, session, scheduled)).toEqual([]);
  });

  it('the check fails quietly when WebEx does not answer the list', async () => {
    const backend = fx.backend();
    const { session } = await fx.signIn();
    fx.sandbox.faults.inject({ kind: 'duplicate-create', operation: 'CreateMeeting' });
    const scheduled = await backend.schedule(session, meetingRequest());
    fx.sandbox.faults.inject({ kind: 'http500', operation: 'LstsummaryMeeting' });

    await expect(findDuplicates(backend, session, scheduled)).resolves.toEqual([]);
    expect(fx.requestsFor('LstsummaryMeeting')).toHaveLength(1);
  });

  it('connection-drop: creates, then closes a reused connection without an answer', async () => {
    const backend = fx.backend();
    const { session } = await fx.signIn(); // AuthenticateUser and GetUser: the connection is warm
    fx.sandbox.faults.inject({ kind: 'connection-drop', operation: 'CreateMeeting' });

    const error = await rejectionOf(backend.schedule(session, meetingRequest()));

    expect(error).toMatchObject({ kind: 'network', details: { operation: 'CreateMeeting' } });
    // Node's fetch does not resend a POST; Chromium would, and make the second meeting.
    expect(fx.requestsFor('CreateMeeting')).toHaveLength(1);
    expect(meetings()).toHaveLength(1);
  });

  it('connection-drop: waits while the connection is fresh (Chromium would not resend there)', async () => {
    const fresh = oneConnectionAgent(fx.sandbox);
    try {
      fx.sandbox.faults.inject({ kind: 'connection-drop', operation: 'CreateMeeting' });
      const create = request(ALICE_XML, 'meet:createMeeting', meetingBody());
      expect((await postXml(fresh, ACME_XML, create)).result).toBe('SUCCESS');
      await expect(postXml(fresh, ACME_XML, create)).rejects.toThrow();
      expect(meetings()).toHaveLength(2);
    } finally {
      await fresh.close();
    }
  });
});
