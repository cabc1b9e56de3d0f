import type { DuplicateMeeting } from '../messaging';
import type { MeetingsBackend } from '../webex/backend';
import type { AccountSession, ListedMeeting, ScheduledMeeting } from '../webex/types';

const MINUTE_MS = 60_000;
/** The list's window around the start: wide enough for any zone rounding, still small. */
const WINDOW_MS = 12 * 60 * MINUTE_MS;

/**
 * Whether a listed start is the asked one: the same minute, or the next, where Webex moved a
 * start within the minute it was asked in (webex-meeting.json, CreateMeetingObject `start`).
 */
const sameStart = (listed: number, asked: number) => {
  const difference = Math.floor(listed / MINUTE_MS) - Math.floor(asked / MINUTE_MS);
  return difference === 0 || difference === 1;
};

/** The host's listed meetings with `topic` and a start at `startsAt`'s minute or the next. */
async function sameMeetings(
  backend: MeetingsBackend<AccountSession>,
  session: AccountSession,
  probe: { topic: string; startsAt: number },
): Promise<Array<ListedMeeting & { startsAt: number }>> {
  const listed = await backend.list(session, {
    from: probe.startsAt - WINDOW_MS,
    to: probe.startsAt + WINDOW_MS,
  });
  const topic = probe.topic.trim();
  return listed.filter(
    (other): other is ListedMeeting & { startsAt: number } =>
      other.topic.trim() === topic &&
      other.startsAt !== undefined &&
      sameStart(other.startsAt, probe.startsAt),
  );
}

/**
 * The host's other meetings with the topic and start of `meeting`, just created. A create that
 * the browser resent after a dropped connection leaves two (docs/webex-protocol.md), on either
 * API. Best effort: any failure answers none, as the meeting itself was created.
 */
export async function findDuplicates(
  backend: MeetingsBackend<AccountSession>,
  session: AccountSession,
  meeting: ScheduledMeeting,
): Promise<DuplicateMeeting[]> {
  try {
    const same = await sameMeetings(backend, session, meeting);
    return same
      .filter((other) => other.meetingKey !== meeting.meetingKey)
      .map(({ meetingKey, topic, startsAt }) => ({ meetingKey, topic, startsAt }));
  } catch {
    return [];
  }
}

/**
 * After a create whose answer never came (the connection dropped, a timeout, a cut-off body),
 * the meeting it may have made: the first listed one with the request's topic and start, with
 * its password from the meeting's details where WebEx gives them. Undefined when none is listed
 * or the list cannot be had: the create then stays a failure the host can retry.
 */
export async function findCreatedAfterLostAnswer(
  backend: MeetingsBackend<AccountSession>,
  session: AccountSession,
  request: { topic: string; startsAt: number; durationMinutes: number },
): Promise<ScheduledMeeting | undefined> {
  let made: ListedMeeting & { startsAt: number };
  try {
    const same = await sameMeetings(backend, session, request);
    if (!same[0]) return undefined;
    made = same[0];
  } catch {
    return undefined;
  }
  const details = await backend.get(session, made.meetingKey).catch(() => undefined);
  return {
    meetingKey: made.meetingKey,
    topic: made.topic,
    startsAt: made.startsAt,
    durationMinutes: made.durationMinutes || request.durationMinutes,
    timeZoneId: made.timeZoneId ?? details?.timeZoneId ?? 0,
    ...(details?.meetingPassword ? { meetingPassword: details.meetingPassword } : {}),
    ...(made.meetingId ? { meetingId: made.meetingId } : {}),
    ...(made.timeZone ? { timeZone: made.timeZone } : {}),
  };
}
