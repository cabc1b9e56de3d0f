import { describe, expect, it } from 'vitest';
import { invitationText } from '../../../lib/meetings/invitation';

const details = {
  topic: 'Plan <&>"\' review 🎉',
  startsAt: Date.UTC(2026, 2, 10, 13, 30),
  durationMinutes: 45,
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  meetingKey: '645850472',
  joinUrl: 'https://acme.webex.com/acme/j.php?MTID=m1',
  meetingPassword: 'Ab3dEf7hJk',
  hostName: 'Alice Archer',
};

describe('invitationText', () => {
  it('has everything an attendee needs, as plain text', () => {
    expect(invitationText(details)).toBe(
      [
        'Alice Archer invites you to a WebEx meeting.',
        '',
        'Topic: Plan <&>"\' review 🎉',
        'When: Tuesday, 10 March 2026, 14:30–15:15 (UTC+01:00) Europe/Berlin',
        'Join: https://acme.webex.com/acme/j.php?MTID=m1',
        'Meeting number: 645 850 472',
        'Password: Ab3dEf7hJk',
      ].join('\n'),
    );
  });

  it('states start, end and UTC offset in the zone it is given, summer time included', () => {
    expect(invitationText({ ...details, timeZone: 'America/New_York' })).toContain(
      'When: Tuesday, 10 March 2026, 09:30–10:15 (UTC-04:00) America/New_York',
    );
    const summer = { ...details, startsAt: Date.UTC(2026, 6, 1, 8) };
    expect(invitationText(summer)).toContain(
      'When: Wednesday, 1 July 2026, 10:00–10:45 (UTC+02:00) Europe/Berlin',
    );
  });

  it('writes the end date too when the meeting ends on the next day', () => {
    const late = { ...details, startsAt: Date.UTC(2026, 2, 10, 22, 30), durationMinutes: 90 };
    // ICU puts thin spaces around the dash of a range over two days.
    expect(
      invitationText(late)
        .replace(/\s/g, (space) => (space === '\n' ? space : ' '))
        .split('\n'),
    ).toContain(
      'When: Tuesday, 10 March 2026 at 23:30 – Wednesday, 11 March 2026 at 01:00 (UTC+01:00) Europe/Berlin',
    );
  });

  it('writes half-hour offsets and UTC itself', () => {
    expect(invitationText({ ...details, timeZone: 'Asia/Kolkata' })).toContain(
      '(UTC+05:30) Asia/Kolkata',
    );
    expect(invitationText({ ...details, timeZone: 'UTC' })).toContain(
      '13:30–14:15 (UTC+00:00) UTC',
    );
  });

  it('leaves out what is not known', () => {
    const { joinUrl: _link, meetingPassword: _password, hostName: _host, ...bare } = details;
    const text = invitationText(bare);
    expect(text.split('\n')[0]).toBe('Topic: Plan <&>"\' review 🎉');
    expect(text).not.toMatch(/Join:|Password:|invites you|\{/);
  });

  it('says a password it could not get is unknown, instead of leaving the line out', () => {
    const { meetingPassword: _password, ...withoutPassword } = details;
    const text = invitationText({ ...withoutPassword, passwordUnknown: true });
    expect(text.split('\n').at(-1)).toBe(
      'Password: [not known here: WebEx did not give it; add it before sending]',
    );
    // A known password wins; a meeting with no password at all has no line.
    expect(invitationText({ ...details, passwordUnknown: true })).toContain('Password: Ab3dEf7hJk');
    expect(invitationText(withoutPassword)).not.toContain('Password');
  });
});
