import { describe, expect, it } from 'vitest';
import { invitationText, sampleInvitationText } from '../../../lib/meetings/invitation';
import {
  defaultInvitationTemplate,
  renderInvitationTemplate,
  unknownPlaceholders,
} from '../../../lib/meetings/invitation-template';

const values = {
  topic: 'Plan review',
  host: 'Alice Archer',
  start: 'Tuesday 14:30',
  startUtc: 'Tuesday 13:30 UTC',
  duration: '45 min',
  link: 'https://acme.webex.com/acme/j.php?MTID=m1',
  number: '645 850 472',
  password: 'Ab3dEf7hJk',
};

describe('renderInvitationTemplate', () => {
  it('fills every placeholder, as often as it is used', () => {
    expect(
      renderInvitationTemplate(
        '{topic} by {host}\n{start} / {startUtc}, {duration}\n{link} {number} {password}\n{topic}',
        values,
      ),
    ).toBe(
      [
        'Plan review by Alice Archer',
        'Tuesday 14:30 / Tuesday 13:30 UTC, 45 min',
        'https://acme.webex.com/acme/j.php?MTID=m1 645 850 472 Ab3dEf7hJk',
        'Plan review',
      ].join('\n'),
    );
  });

  it('drops a line whose placeholder has no value, and the blank lines it leaves', () => {
    const template =
      'Topic: {topic}\n\nPassword: {password}\n\nRoom: {personalRoom}\nJoin: {link}\n';
    expect(renderInvitationTemplate(template, { ...values, password: '' })).toBe(
      'Topic: Plan review\n\nJoin: https://acme.webex.com/acme/j.php?MTID=m1',
    );
  });

  it('drops a leading line about an unknown host without leaving a blank first line', () => {
    expect(renderInvitationTemplate('{host} invites you.\n\nTopic: {topic}', { topic: 'X' })).toBe(
      'Topic: X',
    );
  });

  it('leaves unknown placeholders visible and lists them once, in order', () => {
    const template = 'Topic: {topc}\n{topic} {agenda} {topc}';
    expect(renderInvitationTemplate(template, values)).toBe(
      'Topic: {topc}\nPlan review {agenda} {topc}',
    );
    expect(unknownPlaceholders(template)).toEqual(['topc', 'agenda']);
    expect(unknownPlaceholders(defaultInvitationTemplate())).toEqual([]);
  });

  it('inserts values as plain text, never reading them as placeholders or markup', () => {
    const text = renderInvitationTemplate('{topic}\n{password}', {
      topic: '<b>{password}</b> & $1 $&',
      password: 'pw',
    });
    expect(text).toBe('<b>{password}</b> & $1 $&\npw');
  });

  it('keeps text around placeholders as typed, and reads Windows line ends', () => {
    expect(renderInvitationTemplate('  Join {link} now \r\n{ topic } {}', values)).toBe(
      '  Join https://acme.webex.com/acme/j.php?MTID=m1 now\n{ topic } {}',
    );
  });
});

describe('invitationText with a template', () => {
  const details = {
    topic: 'Plan review',
    startsAt: Date.UTC(2026, 2, 10, 13, 30),
    durationMinutes: 45,
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    meetingKey: '645850472',
    joinUrl: 'https://acme.webex.com/acme/j.php?MTID=m1',
    hostName: 'Alice Archer',
  };

  it('uses the host’s template, with the start in the host’s zone and in UTC', () => {
    expect(
      invitationText({ ...details, template: '{topic}\n{start}\n{startUtc}\nPW: {password}' }),
    ).toBe(
      [
        'Plan review',
        'Tuesday, 10 March 2026 at 14:30 Central European Standard Time',
        'Tuesday, 10 March 2026 at 13:30 Coordinated Universal Time',
      ].join('\n'),
    );
  });

  it('fills the Personal Room where there is one', () => {
    const template = 'Room: {personalRoom}';
    expect(invitationText({ ...details, template })).toBe('');
    expect(
      invitationText({
        ...details,
        template,
        personalRoomUrl: 'https://acme.webex.com/meet/alice',
      }),
    ).toBe('Room: https://acme.webex.com/meet/alice');
  });

  it('falls back to the default for no template or an empty one', () => {
    const standard = invitationText(details);
    expect(invitationText({ ...details, template: null })).toBe(standard);
    expect(invitationText({ ...details, template: '' })).toBe(standard);
    expect(standard.split('\n')[0]).toBe('Alice Archer invites you to a WebEx meeting.');
  });

  it('previews a sample meeting with every placeholder known', () => {
    const preview = sampleInvitationText('{topic}|{host}|{number}|{password}|{personalRoom}', {
      now: Date.UTC(2026, 2, 10, 9, 10),
      timeZone: 'Europe/Berlin',
      locale: 'en-GB',
      topic: 'Sample',
      hostName: 'Alex',
    });
    expect(preview).toBe('Sample|Alex|123 456 789|Ab3dEf7hJk|https://acme.webex.com/meet/alex');
    expect(
      sampleInvitationText('{start}', {
        now: Date.UTC(2026, 2, 10, 9, 10),
        timeZone: 'UTC',
        locale: 'en-GB',
        topic: 'Sample',
        hostName: 'Alex',
      }),
    ).toBe('Wednesday, 11 March 2026 at 10:00 Coordinated Universal Time');
  });
});
