import type { RestAccountConfig } from '../config.ts';
import { authenticate, hostSites, siteUrlOf } from './bearer.ts';
import { maySee } from './access.ts';
import { meetingView, type MeetingKind } from './meeting-view.ts';
import { replyError, replyJson, type RestContext } from './respond.ts';
import { parseRestTime } from './times.ts';

const WEEK = 7 * 24 * 3600_000;
const KINDS: readonly string[] = ['meetingSeries', 'scheduledMeeting', 'meeting'];
/** Largest and default page size (`max`). */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 10;

/** The `Link` next-page address: the same query with a `cursor` (the offset, opaque). */
function nextLink(url: URL, offset: number): string {
  const next = new URL(`https://webexapis.com${url.pathname}`);
  for (const [name, value] of url.searchParams)
    if (name !== 'cursor') next.searchParams.append(name, value);
  next.searchParams.set('cursor', Buffer.from(`offset:${offset}`).toString('base64url'));
  return `<${next.href}>; rel="next"`;
}

function readCursor(text: string | null): number | undefined {
  if (text === null) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

/**
 * `GET /meetings?meetingNumber=`: that meeting alone, whatever its time (`from`, `to`,
 * `meetingType` and `state` are ignored, as the description says); with `current=true` a
 * scheduled meeting is answered as its upcoming occurrence (`scheduledMeeting`).
 */
function listByNumber(
  context: RestContext,
  account: RestAccountConfig,
  siteUrl: string,
  meetingNumber: string,
): void {
  const current = context.url.searchParams.get('current') === 'true';
  const items = context.store.state.meetings
    .filter((meeting) => meeting.siteUrl === siteUrl && maySee(meeting, account))
    .filter((meeting) => meeting.meetingNumber === meetingNumber)
    .map((meeting) =>
      meetingView(
        context,
        meeting,
        current && meeting.state === 'scheduled' ? 'scheduledMeeting' : 'meetingSeries',
        true,
      ),
    );
  replyJson(context, 200, { items });
}

/**
 * GET /v1/meetings (`meeting:schedules_read`): `meetingType` (default meetingSeries;
 * `meeting` lists ended and in-progress instances), `state`, `from` (inclusive) and `to`
 * (exclusive) on the start, defaulting to the next 7 days (`meeting`: the last 7), `max`
 * 1..100 (default 10), `siteUrl` (default site), `meetingNumber` (see listByNumber). Pages by `Link: <...>; rel="next"`, given
 * whenever a page is full, so the last next page may be empty.
 */
export function handleListMeetings(context: RestContext): void {
  const auth = authenticate(context, 'meeting:schedules_read');
  if (!auth) return;
  const query = context.url.searchParams;
  const kind = (query.get('meetingType') ?? 'meetingSeries') as MeetingKind;
  if (!KINDS.includes(kind)) return replyError(context, 400, `Invalid meetingType: ${kind}.`);
  const max = query.has('max') ? Number(query.get('max')) : DEFAULT_PAGE;
  if (!Number.isInteger(max) || max < 1 || max > MAX_PAGE)
    return replyError(context, 400, `max must be an integer from 1 to ${MAX_PAGE}.`);
  const offset = readCursor(query.get('cursor'));
  if (offset === undefined) return replyError(context, 400, 'Invalid cursor.');
  const now = context.now();
  const parse = (name: string) => {
    const text = query.get(name);
    return text === null
      ? null
      : parseRestTime(text.length === 10 ? `${text}T00:00:00Z` : text, 'UTC')?.instant;
  };
  const fromGiven = parse('from');
  const toGiven = parse('to');
  if (fromGiven === undefined || toGiven === undefined)
    return replyError(context, 400, 'from and to must be ISO 8601 date-times.');
  const past = kind === 'meeting';
  const from = fromGiven ?? (toGiven !== null ? toGiven - WEEK : past ? now - WEEK : now);
  const to = toGiven ?? (fromGiven !== null ? fromGiven + WEEK : past ? now : now + WEEK);
  if (from > to) return replyError(context, 400, 'from cannot be after to.');
  const siteUrl = (query.get('siteUrl') ?? hostSites(auth.account)[0] ?? '').toLowerCase();
  if (!auth.account.sites.some((entry) => siteUrlOf(entry.site) === siteUrl))
    return replyError(context, 403, `You are not a user of ${siteUrl}.`);
  const meetingNumber = query.get('meetingNumber');
  if (meetingNumber !== null) return listByNumber(context, auth.account, siteUrl, meetingNumber);
  const wantedState = query.get('state');
  const items = context.store.state.meetings
    .filter((meeting) => meeting.siteUrl === siteUrl && maySee(meeting, auth.account))
    .filter((meeting) => (past ? meeting.state !== 'scheduled' : true))
    .filter((meeting) => meeting.start >= from && meeting.start < to)
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
    .map((meeting) => meetingView(context, meeting, kind, true) as { state: string })
    .filter((view) => wantedState === null || view.state === wantedState);
  const page = items.slice(offset, offset + max);
  const headers: Record<string, string> =
    page.length === max ? { Link: nextLink(context.url, offset + max) } : {};
  replyJson(context, 200, { items: page }, headers);
}
