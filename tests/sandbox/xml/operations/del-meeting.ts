import { removeWhere } from '../../state.ts';
import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { group, tag } from '../escape.ts';
import { EXCEPTIONS, XmlFailure } from '../exceptions.ts';
import { findMeeting, meetingPageUrl } from '../meetings.ts';
import { NS } from '../namespaces.ts';

/** Only the meeting's own host may delete it; the answer carries iCalendar cancel links. */
export const delMeeting: Operation = {
  namespace: NS.meet,
  family: 'meeting',
  responseType: 'meet:delMeetingResponse',
  run(context) {
    const host = authenticate(context);
    const meeting = findMeeting(context);
    if (meeting.hostWebExId !== host.webExId) throw new XmlFailure(EXCEPTIONS.meetingNotFound);
    removeWhere(context.state.meetings, (item) => item === meeting);
    const cancel = (ics: string) =>
      meetingPageUrl(
        context.site,
        'j.php',
        `ED=${meeting.eventID}&UID=${meeting.hostKey}&ICS=${ics}`,
      );
    return [
      group('meet:iCalendarURL', [
        tag('serv:host', cancel('CMC')),
        tag('serv:attendee', cancel('MC')),
      ]),
    ];
  },
};
