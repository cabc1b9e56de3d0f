import { describe, expect, it } from 'vitest';
import { meetingBody, meetingCalls, useSandbox } from './test-setup.ts';
import { ALICE, BOB } from './test-xml.ts';

// Issue 13 item 2: a meeting made elsewhere (the site, another browser) is listed without its
// password; GetMeeting gives it to the host, as recorded/meeting_get_meeting_response_good.xml.
describe(
  'XMLService: the meeting password of a meeting made elsewhere',
  { timeout: 30_000 },
  () => {
    const fx = useSandbox();
    const { create, keyed } = meetingCalls(fx);

    it('LstsummaryMeeting carries no password; GetMeeting gives it to the host', async () => {
      const made = await create(
        meetingBody({ confName: 'Made on the site', password: 'Site9pass' }),
      );
      const meetingKey = made.value('meetingkey')!;
      const listed = await fx.call(ALICE, 'meet:lstsummaryMeeting');
      expect(listed.value('meetingKey')).toBe(meetingKey);
      expect(listed.text).not.toContain('Site9pass');
      const details = await keyed('meet:getMeeting', meetingKey);
      expect(details.value('meetingPassword')).toBe('Site9pass');
    });

    it('a meeting without a password has no meetingPassword in GetMeeting', async () => {
      const made = await create(meetingBody({ confName: 'Open' }));
      const details = await keyed('meet:getMeeting', made.value('meetingkey')!);
      expect(details.result).toBe('SUCCESS');
      expect(details.value('meetingPassword')).toBeUndefined();
    });

    it('another host gets no password: 060001, as for a meeting that is not theirs', async () => {
      const made = await create(meetingBody({ password: 'Site9pass' }));
      const reply = await keyed('meet:getMeeting', made.value('meetingkey')!, BOB);
      expect([reply.result, reply.exceptionId]).toEqual(['FAILURE', '060001']);
      expect(reply.text).not.toContain('Site9pass');
    });
  },
);
