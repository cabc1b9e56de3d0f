import { describe, expect, it } from 'vitest';
import { WebExApiError } from '../../lib/webex/errors';
import { explainException } from '../../lib/webex/exception-catalogue';
import type { Invitee } from '../../lib/webex/types';
import { SANDBOX_EPOCH } from '../sandbox/index.ts';
import { DANA, HOUR, meetingRequest, rejectionOf, useXmlClient } from './xml-client-setup.ts';

const CAROL_AS = (role: Invitee['role']): Invitee => ({
  email: 'carol@example.com',
  name: 'Carol Cooper',
  role,
});

describe('XML API client over HTTPS: scheduling', { timeout: 30_000 }, () => {
  const fx = useXmlClient();

  it('schedules with any topic text: markup, "]]>", emoji, a carriage return', async () => {
    const topic = `R&D <review> "Q3" 'plan' ]]> & <![CDATA[x]]> 🚀👩‍💻 \r line two &amp;`;
    const invitees: Invitee[] = [
      CAROL_AS('ATTENDEE'),
      { email: 'bob@acme.example', name: 'Bob <B> & Co', role: 'HOST' },
    ];
    const { session } = await fx.signIn();

    const scheduled = await fx.backend().schedule(session, meetingRequest({ topic, invitees }));

    const [sent] = fx.requestsFor('CreateMeeting');
    expect(sent).toMatchObject({ xsdValid: true, xsdErrors: [], form: 'namespaced' });
    const [stored] = fx.sandbox.state('acme').meetings;
    expect(stored?.confName).toBe(topic);
    expect(stored).toMatchObject({
      meetingKey: scheduled.meetingKey,
      hostWebExId: 'alice',
      startsAt: SANDBOX_EPOCH + 24 * HOUR,
      startDate: '06/03/2025 09:00:00',
      timeZoneID: 25,
      durationMinutes: 30,
      attendees: invitees.map(({ email, name, role }) => ({ email, name, role })),
    });
    expect(scheduled).toMatchObject({
      topic,
      timeZoneId: 25,
      startsAt: SANDBOX_EPOCH + 24 * HOUR,
      hostICalendarUrl: expect.stringMatching(/^https:\/\/acme\.webex\.com\//),
    });
    // The topic also survives the way back, in GetMeeting's answer.
    await expect(fx.backend().get(session, scheduled.meetingKey)).resolves.toMatchObject({
      topic,
    });
  });

  it('040007 for an alternate host without a host account; fine as an attendee', async () => {
    const backend = fx.backend();
    const { session } = await fx.signIn();

    const error = await rejectionOf(
      backend.schedule(session, meetingRequest({ invitees: [CAROL_AS('HOST')] })),
    );
    expect(error).toBeInstanceOf(WebExApiError);
    expect(error).toMatchObject({ exceptionId: '040007', details: { operation: 'CreateMeeting' } });
    expect(error.explanation).toEqual(explainException('040007'));
    expect(fx.sandbox.state('acme').meetings).toEqual([]);

    const scheduled = await backend.schedule(
      session,
      meetingRequest({ invitees: [CAROL_AS('ATTENDEE')] }),
    );
    expect(fx.sandbox.state('acme').meetings).toMatchObject([
      {
        meetingKey: scheduled.meetingKey,
        attendees: [{ email: 'carol@example.com', role: 'ATTENDEE' }],
      },
    ]);
  });

  it('a site that requires a meeting password: 060026 without, scheduled with one', async () => {
    const backend = fx.backend();
    const { session, profile } = await fx.signIn(DANA);
    const request = meetingRequest({
      meetingType: profile.meetingTypes[0],
      timeZone: 'America/Los_Angeles',
    });

    const error = await rejectionOf(backend.schedule(session, request));
    expect(error).toMatchObject({ exceptionId: '060026' });
    expect(error.explanation).toEqual(explainException('060026'));

    const scheduled = await backend.schedule(session, {
      ...request,
      meetingPassword: 'Tr1cky&<pw>',
    });
    expect(scheduled).toMatchObject({ meetingPassword: 'Tr1cky&<pw>', timeZoneId: 4 });
    expect(fx.sandbox.state('strict').meetings).toMatchObject([
      { meetingKey: scheduled.meetingKey, meetingPassword: 'Tr1cky&<pw>', meetingType: 3 },
    ]);
  });

  it.each([
    { durationMinutes: 40, outcome: 'scheduled' },
    { durationMinutes: 41, outcome: '060016' },
  ])(
    'a $durationMinutes-minute meeting on a 40-minute site: $outcome',
    async ({ durationMinutes, outcome }) => {
      const { session } = await fx.signIn(DANA);
      const request = meetingRequest({ durationMinutes, meetingPassword: 'pw-1234' });

      const result = await fx
        .backend()
        .schedule(session, request)
        .then(
          () => 'scheduled',
          (error: unknown) => (error instanceof WebExApiError ? error.exceptionId : error),
        );

      expect(result).toBe(outcome);
      expect(fx.sandbox.state('strict').meetings).toHaveLength(outcome === 'scheduled' ? 1 : 0);
    },
  );
});
