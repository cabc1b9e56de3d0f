import { scheduleMeeting, type ScheduleProblem } from '../../schedule.ts';
import type { MeetingAttendee } from '../../state.ts';
import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { child, children, pathText } from '../document.ts';
import { tag } from '../escape.ts';
import { EXCEPTIONS, XmlFailure, type SandboxException } from '../exceptions.ts';
import { iCalendarXml } from '../meetings.ts';
import { NS } from '../namespaces.ts';

const FAILURES: Record<ScheduleProblem, SandboxException> = {
  meetingTypeNotOnSite: EXCEPTIONS.noPrivilege,
  meetingTypeNotAllowed: EXCEPTIONS.noPrivilege,
  passwordRequired: EXCEPTIONS.passwordRequired,
  badTimeZone: EXCEPTIONS.invalidTimeZone,
  badStartDate: EXCEPTIONS.invalidStartDate,
  durationOutOfRange: EXCEPTIONS.durationTooLong,
  roleNotSupported: EXCEPTIONS.roleNotSupported,
};

const optionalNumber = (text: string | undefined) =>
  text === undefined ? undefined : Number(text);

export const createMeeting: Operation = {
  namespace: NS.meet,
  family: 'meeting',
  responseType: 'meet:createMeetingResponse',
  run(context) {
    const host = authenticate(context);
    const { body, site } = context;
    const forHost = pathText(body, 'schedule', 'hostWebExID');
    if (forHost !== undefined && forHost.toLowerCase() !== host.webExId.toLowerCase()) {
      const other = site.hosts.some((item) => item.webExId.toLowerCase() === forHost.toLowerCase());
      throw new XmlFailure(other ? EXCEPTIONS.notYourHost : EXCEPTIONS.hostNotFound);
    }
    const attendees: MeetingAttendee[] = children(
      child(child(body, 'participants'), 'attendees'),
      'attendee',
    ).map((attendee) => ({
      name: pathText(attendee, 'person', 'name') ?? '',
      email: pathText(attendee, 'person', 'email') ?? '',
      role: pathText(attendee, 'role') ?? 'ATTENDEE',
    }));
    const result = scheduleMeeting(context, host, {
      confName:
        pathText(body, 'metaData', 'confName') ?? `${host.firstName} ${host.lastName}'s meeting`,
      meetingType: optionalNumber(pathText(body, 'metaData', 'meetingType')),
      agenda: pathText(body, 'metaData', 'agenda'),
      meetingPassword: pathText(body, 'accessControl', 'meetingPassword'),
      startDate: pathText(body, 'schedule', 'startDate'),
      timeZoneID: optionalNumber(pathText(body, 'schedule', 'timeZoneID')),
      durationMinutes: optionalNumber(pathText(body, 'schedule', 'duration')),
      openTimeSeconds: optionalNumber(pathText(body, 'schedule', 'openTime')),
      maxUserNumber: optionalNumber(pathText(body, 'participants', 'maxUserNumber')),
      attendees,
    });
    if ('problem' in result) throw new XmlFailure(FAILURES[result.problem]);
    const { meeting } = result;
    return [
      tag('meet:meetingkey', meeting.meetingKey),
      iCalendarXml(site, meeting),
      tag('meet:guestToken', meeting.guestToken),
      // Newer servers add this (design.md); clients must read it leniently or not at all.
      tag('meet:meetingUUID', meeting.meetingUUID),
    ];
  },
};
