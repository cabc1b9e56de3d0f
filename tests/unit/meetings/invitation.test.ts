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
        'When: Tuesday, 10 March 2026 at 14:30 Central European Standard Time (45 min)',
        'Join: https://acme.webex.com/acme/j.php?MTID=m1',
        'Meeting number: 645 850 472',
        'Password: Ab3dEf7hJk',
      ].join('\n'),
    );
  });

  it('states the time in the zone it is given', () => {
    expect(invitationText({ ...details, timeZone: 'America/New_York' })).toContain(
      'When: Tuesday, 10 March 2026 at 9:30 Eastern Daylight Time (45 min)',
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
