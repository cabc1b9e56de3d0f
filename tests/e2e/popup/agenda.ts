import type { Page } from 'playwright-core';
import { sendProtocolMessage } from '../flows';
import { formatWebExDate } from '../../sandbox/dates.ts';
import { findTimeZone, instantToWallClock, wallClockToInstant } from '../../sandbox/time-zones.ts';
import { ctx } from './support';

// Recent as an agenda (tests/e2e/popup-agenda.e2e.ts): 17 meetings over a week, seeded through
// the extension's scheduleMeeting and the site (the sandbox), one of them in progress.

const ZONE = 'Europe/Berlin';
const DAY = 86_400_000;

export interface SeededMeeting {
  topic: string;
  startsAt: number;
  meetingKey: string;
  password: string;
}

/** `days` after today in Berlin, at hh:mm Berlin time. */
function berlinAt(days: number, hour: number, minute = 0): number {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE })
    .format(Date.now() + days * DAY)
    .split('-')
    .map(Number);
  return wallClockToInstant(Date.UTC(year!, month! - 1, day!, hour, minute), ZONE);
}

/** Topics and starts: one running, two soon, then a week of days; Arabic and Chinese too. */
export function agendaPlan(): { topic: string; startsAt: number }[] {
  const soon = Math.ceil(Date.now() / 300_000) * 300_000;
  return [
    { topic: 'Live review', startsAt: soon - 15 * 60_000 },
    { topic: 'Stand-up', startsAt: soon + 30 * 60_000 },
    { topic: 'Design sync', startsAt: soon + 90 * 60_000 },
    ...[9, 10, 11, 14, 16].map((hour, i) => ({
      topic: ['اجتماع الفريق', 'Budget', 'Hiring loop', '周会：产品评审', 'Retro'][i]!,
      startsAt: berlinAt(1, hour, 30),
    })),
    ...[9, 13, 15].map((hour, i) => ({ topic: `Workshop ${i + 1}`, startsAt: berlinAt(2, hour) })),
    ...[10, 11, 12].map((hour, i) => ({ topic: `Customer ${i + 1}`, startsAt: berlinAt(3, hour) })),
    ...[9, 10, 15].map((hour, i) => ({ topic: `Planning ${i + 1}`, startsAt: berlinAt(6, hour) })),
  ];
}

/**
 * One meeting of the plan ("Stand-up") is scheduled through the extension (so its password is
 * known here); the others are copies made on the sandbox, as if scheduled on the site (17
 * schedules through the extension take a minute on a loaded machine). The first is in progress.
 */
export async function seedAgenda(page: Page): Promise<SeededMeeting[]> {
  const plan = agendaPlan();
  const password = 'Agenda1x';
  const reply = await sendProtocolMessage(page, 'scheduleMeeting', {
    // A fresh id per run: the background answers a known id with that job's meeting.
    requestId: `agenda-${Date.now()}`,
    request: {
      topic: plan[1]!.topic,
      startsAt: plan[1]!.startsAt,
      timeZone: ZONE,
      durationMinutes: 60,
      invitees: [],
      meetingPassword: password,
    },
  });
  const scheduled = reply.ok ? reply.value.meeting : undefined;
  if (!scheduled) throw new Error(`could not schedule: ${JSON.stringify(reply)}`);
  const meetings = ctx.sandbox.state('acme').meetings;
  const original = meetings.find((m) => m.meetingKey === scheduled.meetingKey)!;
  const zone = findTimeZone(original.timeZoneID)!;
  return plan.map(({ topic, startsAt }, i) => {
    if (i === 1) return { topic, startsAt, meetingKey: original.meetingKey, password };
    const meetingKey = String(700_000_100 + i);
    const copy = {
      ...original,
      meetingKey,
      confName: topic,
      meetingPassword: `Agenda${i}x`,
      startsAt,
      startDate: formatWebExDate(instantToWallClock(startsAt, zone.iana)),
      status: i === 0 ? ('INPROGRESS' as const) : original.status,
      hostJoined: i === 0,
      guestToken: `${original.guestToken.slice(0, -2)}${String(i).padStart(2, '0')}`,
      meetingUUID: `${original.meetingUUID.slice(0, -2)}${String(i).padStart(2, '0')}`,
      hostMtid: `${original.hostMtid.slice(0, -2)}${String(i).padStart(2, '0')}`,
      attendeeMtid: `${original.attendeeMtid.slice(0, -2)}${String(i).padStart(2, '0')}`,
    };
    meetings.push(copy);
    return { topic, startsAt, meetingKey, password: copy.meetingPassword };
  });
}

/** The headings the agenda should show for the seeded meetings, worked out independently. */
export function expectedHeadings(seeded: readonly SeededMeeting[]): string[] {
  const day = (instant: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(instant);
  const year = (instant: number) =>
    new Intl.DateTimeFormat('en', { timeZone: ZONE, year: 'numeric' }).format(instant);
  const now = Date.now();
  const titles = seeded
    .filter((meeting) => meeting.topic !== 'Live review')
    .map(({ startsAt }) => {
      if (day(startsAt) === day(now)) return 'Today';
      if (day(startsAt) === day(now + DAY)) return 'Tomorrow';
      return new Intl.DateTimeFormat('en', {
        timeZone: ZONE,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        ...(year(startsAt) === year(now) ? {} : { year: 'numeric' }),
      }).format(startsAt);
    });
  return ['In progress', ...new Set(titles)];
}
