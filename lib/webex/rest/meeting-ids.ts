import { normalizeMeetingKey } from '../xml/meeting-key';
import { restNoSuchMeeting } from './failures';
import { REST_BASE_URL, type RestSession } from './session';
import { restCall, type RestEnvironment } from './transport';

/** A REST meeting `id` as Webex writes them (hex, occurrences with `_` and a date suffix). */
const REST_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/**
 * The REST `id` behind a meeting key: a meeting number (digits, spaces and dashes dropped, as
 * hosts copy them) is looked up with `GET /meetings?meetingNumber=&current=true` on the session's
 * site; a key with letters is taken as the `id` itself (the domain types' `meetingId`). Only an
 * item carrying that very `meetingNumber` is taken: an answer listing other meetings (a server
 * that ignored the filter) must never lead to starting or deleting one of them. Rejects with an
 * `input` error for anything else, and a not-found error when Webex lists no such meeting.
 */
export async function resolveMeetingId(
  env: RestEnvironment,
  session: RestSession,
  meetingKey: string,
): Promise<string> {
  const key = meetingKey.trim();
  if (/[A-Za-z]/.test(key) && REST_ID.test(key)) return key;
  const meetingNumber = normalizeMeetingKey(key);
  const query = new URLSearchParams({ meetingNumber, current: 'true', siteUrl: session.siteUrl });
  const answer = await restCall(env, session, {
    operation: 'findMeeting',
    method: 'GET',
    url: `${REST_BASE_URL}/meetings?${query}`,
  });
  const items = (answer.json as { items?: unknown } | null)?.items;
  const found = (Array.isArray(items) ? items : []).find(
    (item: { id?: unknown; meetingNumber?: unknown } | null) =>
      typeof item?.id === 'string' &&
      REST_ID.test(item.id) &&
      typeof item.meetingNumber === 'string' &&
      item.meetingNumber.replace(/[\s-]/g, '') === meetingNumber,
  ) as { id: string } | undefined;
  if (!found) throw restNoSuchMeeting({ operation: 'findMeeting', siteUrl: session.siteUrl });
  return found.id;
}
