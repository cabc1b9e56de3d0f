import { findHost } from '../config.ts';
import { scheduleMeeting, type ScheduleInput, type ScheduleProblem } from '../schedule.ts';
import { isHostOf, type Meeting } from '../state.ts';
import { param, type UrlApiContext } from './context.ts';
import { fail, finish } from './respond.ts';
import { currentSession } from './session.ts';

const SCHEDULE_REASONS: Record<ScheduleProblem, string> = {
  meetingTypeNotOnSite: 'SiteDoNotSupportThisMeetingType',
  meetingTypeNotAllowed: 'NoMeetingTypeSupport',
  passwordRequired: 'MeetingScheduleFail',
  badTimeZone: 'InvalidDataFormat',
  badStartDate: 'InvalidDataFormat',
  durationOutOfRange: 'TheDurationIsExceedTheMaxDuration',
  roleNotSupported: 'MeetingScheduleFail',
};

/** m.php: AT=HM host, JM join, SM schedule, IM instant meeting. */
export function handleMPhp(context: UrlApiContext): void {
  const command = param(context, 'AT') ?? '';
  if (command === 'JM') return join(context);
  if (command !== 'HM' && command !== 'SM' && command !== 'IM') {
    return fail(context, command, 'InvalidDataFormat');
  }
  const session = currentSession(context);
  const host = session && findHost(context.site, session.webExId);
  if (!host) return fail(context, command, 'AccessDenied');

  if (command === 'HM') {
    const meeting = findMeeting(context);
    if (!meeting || !isHostOf(meeting, host)) return fail(context, command, 'InvalidMeetingKey');
    meeting.status = 'INPROGRESS';
    meeting.hostJoined = true;
    return finish(
      context,
      [
        ['AT', 'HM'],
        ['ST', 'SUCCESS'],
      ],
      { text: started(meeting) },
    );
  }

  const input = scheduleInput(context, command);
  if (!input) return fail(context, command, 'InvalidDataFormat');
  const result = scheduleMeeting(context, host, input);
  if ('problem' in result) return fail(context, command, SCHEDULE_REASONS[result.problem]);
  const { meeting } = result;
  finish(
    context,
    [
      ['AT', command],
      ['ST', 'SUCCESS'],
      ['MK', meeting.meetingKey],
    ],
    {
      text:
        command === 'IM'
          ? started(meeting)
          : { title: 'Meeting scheduled', message: meeting.confName },
    },
  );
}

function join(context: UrlApiContext): void {
  const meeting = findMeeting(context);
  if (!meeting) return fail(context, 'JM', 'InvalidMeetingKey');
  const email = param(context, 'AE');
  if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    return fail(context, 'JM', 'InvalidEmailAddress');
  }
  const password = param(context, 'PW');
  if (
    password !== undefined &&
    meeting.meetingPassword !== undefined &&
    password !== meeting.meetingPassword
  ) {
    return fail(context, 'JM', 'InvalidMeetingKeyOrPassword');
  }
  if (meeting.status !== 'INPROGRESS') return fail(context, 'JM', 'MeetingNotInProgress');
  finish(
    context,
    [
      ['AT', 'JM'],
      ['ST', 'SUCCESS'],
    ],
    {
      text: {
        title: 'Joining meeting',
        message: `Joining ${meeting.confName} as ${param(context, 'AN') ?? 'a guest'}.`,
      },
    },
  );
}

function findMeeting(context: UrlApiContext): Meeting | undefined {
  const key = param(context, 'MK');
  return context.state.meetings.find((meeting) => meeting.meetingKey === key);
}

function started(meeting: Meeting) {
  return { title: 'Meeting started', message: `${meeting.confName} has started.` };
}

const integer = (text: string | undefined) =>
  text === undefined ? undefined : /^\d+$/.test(text) ? Number(text) : NaN;

/** SM/IM parameters: CN topic, DU minutes, MT meeting type, TZ zone, PW password; SM also YE MO DA HO MI. */
function scheduleInput(context: UrlApiContext, command: 'SM' | 'IM'): ScheduleInput | undefined {
  const numbers = ['DU', 'MT', 'TZ', 'YE', 'MO', 'DA', 'HO', 'MI'].map((name) =>
    integer(param(context, name)),
  );
  if (numbers.some((value) => Number.isNaN(value))) return undefined;
  const [durationMinutes, meetingType, timeZoneID, year, month, day, hour, minute] = numbers;
  const start = [month, day, year, hour, minute];
  let startDate: string | undefined;
  if (command === 'SM' && start.some((value) => value !== undefined)) {
    if (start.some((value) => value === undefined)) return undefined;
    const two = (value: number | undefined) => String(value).padStart(2, '0');
    startDate = `${two(month)}/${two(day)}/${String(year).padStart(4, '0')} ${two(hour)}:${two(minute)}:00`;
  }
  return {
    confName: param(context, 'CN') ?? 'Meeting',
    durationMinutes,
    meetingType,
    timeZoneID,
    startDate,
    meetingPassword: param(context, 'PW'),
    status: command === 'IM' ? 'INPROGRESS' : 'NOT_INPROGRESS',
  };
}
