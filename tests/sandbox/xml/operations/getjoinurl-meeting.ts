import { authenticate } from '../auth.ts';
import type { Operation } from '../context.ts';
import { tag } from '../escape.ts';
import { findMeeting, meetingPageUrl } from '../meetings.ts';
import { NS } from '../namespaces.ts';

/** Join and invitation links of any meeting on the site (as recorded/meeting_getjoinurl_*). */
export const getjoinurlMeeting: Operation = {
  namespace: NS.meet,
  family: 'meeting',
  responseType: 'meet:getjoinurlMeetingResponse',
  run(context) {
    authenticate(context);
    const meeting = findMeeting(context);
    return [
      tag(
        'meet:joinMeetingURL',
        meetingPageUrl(context.site, 'e.php', `AT=SI&MK=${meeting.meetingKey}`),
      ),
      tag(
        'meet:inviteMeetingURL',
        meetingPageUrl(context.site, 'j.php', `MTID=${meeting.attendeeMtid}`),
      ),
    ];
  },
};
