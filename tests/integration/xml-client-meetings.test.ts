import { describe, expect, it } from 'vitest';
import type { MeetingsBackend } from '../../lib/webex/backend';
import { WebExApiError } from '../../lib/webex/errors';
import type { Session } from '../../lib/webex/types';
import { lstsummaryMeeting } from '../../lib/webex/xml/client';
import { SANDBOX_ACCOUNTS } from '../sandbox/accounts.ts';
import { SANDBOX_EPOCH } from '../sandbox/index.ts';
import { resultOf } from '../sandbox/test-client.ts';
import { HOUR, meetingRequest, rejectionOf, useXmlClient } from './xml-client-setup.ts';

// A one-hour window starting tomorrow at 07:00 UTC (09:00 in Berlin, the meetings' zone).
const WINDOW = { from: SANDBOX_EPOCH + 24 * HOUR, to: SANDBOX_EPOCH + 25 * HOUR };

describe('XML API client over HTTPS: the host’s meetings', { timeout: 30_000 }, () => {
  const fx = useXmlClient();

  async function signedIn(): Promise<{ backend: MeetingsBackend; session: Session }> {
    const backend = fx.backend();
    return { backend, session: (await fx.signIn()).session };
  }

  const scheduleAt = (
    backend: MeetingsBackend,
    session: Session,
    startsAt: number,
    topic: string,
  ) => backend.schedule(session, meetingRequest({ startsAt, topic }));

  it('list: no meetings (WebEx’s 000015) is an empty list', async () => {
    const { backend, session } = await signedIn();

    await expect(backend.list(session, WINDOW)).resolves.toEqual([]);
    expect(fx.requestsFor('LstsummaryMeeting').map((request) => request.xsdErrors)).toEqual([[]]);
  });

  it('list: one meeting, as a summary', async () => {
    const { backend, session } = await signedIn();
    const scheduled = await scheduleAt(backend, session, WINDOW.from + HOUR / 2, 'Only one');

    await expect(backend.list(session, WINDOW)).resolves.toEqual([
      {
        meetingKey: scheduled.meetingKey,
        topic: 'Only one',
        startsAt: WINDOW.from + HOUR / 2,
        durationMinutes: 30,
        timeZoneId: 25,
        status: 'NOT_INPROGRESS',
        hostWebExId: 'alice',
      },
    ]);
  });

  it('list: several meetings in start order, only those inside the window', async () => {
    const { backend, session } = await signedIn();
    const minutes = 60_000;
    // Created out of order; the first and last lie just outside the window.
    for (const [offset, topic] of [
      [40 * minutes, 'third'],
      [-1 * minutes, 'before'],
      [0, 'first'],
      [61 * minutes, 'after'],
      [20 * minutes, 'second'],
    ] as const) {
      await scheduleAt(backend, session, WINDOW.from + offset, topic);
    }

    const meetings = await backend.list(session, WINDOW);

    expect(meetings.map((meeting) => meeting.topic)).toEqual(['first', 'second', 'third']);
    expect(meetings.map((meeting) => (meeting.startsAt ?? NaN) - WINDOW.from)).toEqual([
      0,
      20 * minutes,
      40 * minutes,
    ]);
  });

  it('lstsummaryMeeting pages through the list with startFrom and max', async () => {
    const { backend, session } = await signedIn();
    for (const [offset, topic] of [
      [0, 'first'],
      [20 * 60_000, 'second'],
      [40 * 60_000, 'third'],
    ] as const) {
      await scheduleAt(backend, session, WINDOW.from + offset, topic);
    }
    const page = (startFrom: number) =>
      lstsummaryMeeting(fx.env, session, { ...WINDOW, max: 2, startFrom });

    const [first, second] = [await page(1), await page(3)];

    expect(first.meetings.map((meeting) => meeting.topic)).toEqual(['first', 'second']);
    expect(first.matchingRecords).toEqual({ total: 3, returned: 2, startFrom: 1 });
    expect(second.meetings.map((meeting) => meeting.topic)).toEqual(['third']);
    expect(second.matchingRecords).toEqual({ total: 3, returned: 1, startFrom: 3 });
  });

  it('get returns the meeting’s details', async () => {
    const { backend, session } = await signedIn();
    const request = meetingRequest({ agenda: 'Budget & <risks>', meetingPassword: 'Sesame-42' });
    const { meetingKey } = await backend.schedule(session, request);

    await expect(backend.get(session, meetingKey)).resolves.toEqual({
      meetingKey,
      topic: request.topic,
      startsAt: request.startsAt,
      durationMinutes: 30,
      timeZoneId: 25,
      status: 'NOT_INPROGRESS',
      hostWebExId: 'alice',
      meetingPassword: 'Sesame-42',
      agenda: 'Budget & <risks>',
      meetingType: 74377,
    });
  });

  it('hostUrl is a one-time TK link without any password, and it starts the meeting', async () => {
    const { backend, session } = await signedIn();
    const { meetingKey } = await backend.schedule(session, meetingRequest());

    const hostUrl = await backend.hostUrl(session, meetingKey);

    const url = new URL(hostUrl);
    expect(`${url.origin}${url.pathname}`).toBe('https://acme.webex.com/acme/p.php');
    expect(url.searchParams.get('AT')).toBe('LI');
    expect(url.searchParams.get('TK')).toMatch(/\S/);
    expect(hostUrl).not.toMatch(/[?&](PW|PID)=/i);
    expect(hostUrl).not.toContain(SANDBOX_ACCOUNTS.alice.password);
    expect(url.searchParams.get('MU')).toContain(`AT=HM&MK=${meetingKey}`);

    const visits = await fx.browser().follow(hostUrl);
    expect(resultOf(visits.at(-1)?.url)).toMatchObject({ AT: 'HM', ST: 'SUCCESS' });
    expect(fx.sandbox.state('acme').meetings[0]?.status).toBe('INPROGRESS');
    const again = await fx.browser().follow(hostUrl);
    expect(resultOf(again.at(-1)?.url)).toMatchObject({
      AT: 'LI',
      ST: 'FAIL',
      RS: 'InvalidTicket',
    });
  });

  it('joinUrls gives the attendees’ links for the meeting', async () => {
    const { backend, session } = await signedIn();
    const { meetingKey } = await backend.schedule(session, meetingRequest());

    const links = await backend.joinUrls(session, meetingKey);

    expect(new URL(links.joinMeetingUrl).origin).toBe('https://acme.webex.com');
    expect(new URL(links.joinMeetingUrl).searchParams.get('MK')).toBe(meetingKey);
    expect(links.inviteMeetingUrl).toMatch(/^https:\/\/acme\.webex\.com\/acme\/j\.php\?MTID=/);
  });

  it('remove deletes the meeting; get then answers 060001', async () => {
    const { backend, session } = await signedIn();
    const { meetingKey } = await backend.schedule(session, meetingRequest());

    await backend.remove(session, meetingKey);

    expect(fx.sandbox.state('acme').meetings).toEqual([]);
    const error = await rejectionOf(backend.get(session, meetingKey));
    expect(error).toBeInstanceOf(WebExApiError);
    expect(error).toMatchObject({ exceptionId: '060001', details: { operation: 'GetMeeting' } });
  });
});
