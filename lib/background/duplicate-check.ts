import type { DuplicateMeeting } from '../messaging';
import type { MeetingsBackend } from '../webex/backend';
import type { AccountSession, ScheduledMeeting } from '../webex/types';

const MINUTE_MS = 60_000;
/** LstsummaryMeeting's window around the start: wide enough for any zone rounding, still small. */
const WINDOW_MS = 12 * 60 * MINUTE_MS;

const sameMinute = (a: number, b: number) =>
  Math.floor(a / MINUTE_MS) === Math.floor(b / MINUTE_MS);

/**
 * The host's other meetings with the topic and start of `meeting`, just created. A CreateMeeting
 * that the browser resent after a dropped connection leaves two (docs/webex-protocol.md).
 * Best effort: any failure answers none, as the meeting itself was created.
 */
export async function findDuplicates(
  backend: MeetingsBackend<AccountSession>,
  session: AccountSession,
  meeting: ScheduledMeeting,
): Promise<DuplicateMeeting[]> {
  try {
    const listed = await backend.list(session, {
      from: meeting.startsAt - WINDOW_MS,
      to: meeting.startsAt + WINDOW_MS,
    });
    const topic = meeting.topic.trim();
    return listed
      .filter(
        (other) =>
          other.meetingKey !== meeting.meetingKey &&
          other.topic.trim() === topic &&
          other.startsAt !== undefined &&
          sameMinute(other.startsAt, meeting.startsAt),
      )
      .map(({ meetingKey, topic: otherTopic, startsAt }) => ({
        meetingKey,
        topic: otherTopic,
        startsAt: startsAt ?? meeting.startsAt,
      }));
  } catch {
    return [];
  }
}
