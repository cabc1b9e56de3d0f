import { siteLink } from '../meetings/safe-link';
import { failedReply, okReply, type Reply, type ScheduleJob } from '../messaging';
import type { RecentMeeting } from '../storage';
import type { ScheduleRequest, ScheduledMeeting, AccountSession } from '../webex/types';
import { interruptedScheduleError } from './account-errors';
import { accountKeyOf, loadAccount, sameAccount } from './account-store';
import { findCreatedAfterLostAnswer, findDuplicates } from './duplicate-check';
import type { BackgroundEnv } from './environment';
import { isLostAnswer, isTicketExpiredError, toErrorInfo } from './error-info';
import { withRecentMeeting } from './recent-meetings';
import { notifyIfPopupClosed } from './schedule-notifications';
import { withSession } from './session-access';

/** The scheduleMeeting message's data. */
export interface ScheduleData {
  requestId: string;
  request: ScheduleRequest;
}

type ScheduleAnswer = Reply<ScheduleJob>;

/** The scheduling messages' handlers, sharing the jobs that are running. */
export interface ScheduleService {
  scheduleMeeting(data: ScheduleData): Promise<ScheduleAnswer>;
  getLastScheduleJob(): Promise<ScheduleJob | null>;
}

function answerFor(job: ScheduleJob): ScheduleAnswer {
  if (job.state === 'failed') return failedReply(job.error ?? interruptedScheduleError());
  return okReply(job);
}

/** A stored job read back: its join link is kept only when https on the meeting's own site. */
function withSiteJoinLink(job: ScheduleJob): ScheduleJob {
  if (!job.meeting?.joinUrl) return job;
  const { joinUrl: stored, ...meeting } = job.meeting;
  const joinUrl = siteLink(stored, job.owner.siteOrigin);
  return { ...job, meeting: { ...meeting, ...(joinUrl && { joinUrl }) } };
}

/** The stored outcome of a resent request; a join link off the meeting's site is dropped. */
function jobFromRecent(recent: RecentMeeting, request: ScheduleRequest): ScheduleJob {
  const { owner, requestId, scheduledAt: _scheduledAt, joinUrl: stored, ...meeting } = recent;
  const joinUrl = siteLink(stored, owner.siteOrigin);
  return {
    requestId,
    owner,
    state: 'done',
    request,
    meeting: { ...meeting, ...(joinUrl && { joinUrl }) },
  };
}

async function bestEffortJoinUrl(
  env: BackgroundEnv,
  session: AccountSession,
  meetingKey: string,
): Promise<string | undefined> {
  try {
    return (await env.backend.joinUrls(session, meetingKey)).joinMeetingUrl;
  } catch {
    // The meeting exists; the popup can still ask for the link later (joinLinks).
    return undefined;
  }
}

/**
 * One CreateMeeting per requestId, ever: a double click or a resend shares the running job or
 * gets its stored outcome. CreateMeeting is never retried here.
 */
export function createScheduleService(env: BackgroundEnv): ScheduleService {
  const running = new Map<string, Promise<ScheduleAnswer>>();
  const { items } = env;

  /** A job stored as running that no promise here will finish: the worker was restarted. */
  async function markInterrupted(job: ScheduleJob): Promise<ScheduleJob> {
    const failed: ScheduleJob = { ...job, state: 'failed', error: interruptedScheduleError() };
    await items.lastScheduleJob.setValue(failed);
    return failed;
  }

  async function remember(session: AccountSession, job: ScheduleJob, meeting: ScheduledMeeting) {
    const entry: RecentMeeting = {
      ...meeting,
      owner: accountKeyOf(session),
      requestId: job.requestId,
      scheduledAt: env.now(),
    };
    await items.recentMeetings.setValue(
      withRecentMeeting(await items.recentMeetings.getValue(), entry),
    );
  }

  async function create(data: ScheduleData, previous: ScheduleJob | null): Promise<ScheduleAnswer> {
    return withSession(env, async (session) => {
      const job: ScheduleJob = {
        requestId: data.requestId,
        owner: accountKeyOf(session),
        state: 'running',
        request: data.request,
      };
      await items.lastScheduleJob.setValue(job);
      let meeting: ScheduledMeeting;
      try {
        meeting = await env.backend.schedule(session, data.request);
      } catch (error) {
        const found = isLostAnswer(error)
          ? await findCreatedAfterLostAnswer(env.backend, session, data.request)
          : undefined;
        if (found) return finish(session, job, found);
        if (isTicketExpiredError(error)) {
          // Nothing was created: after the password, the same requestId may run again.
          await items.lastScheduleJob.setValue(previous);
          throw error;
        }
        const failed: ScheduleJob = { ...job, state: 'failed', error: toErrorInfo(error) };
        await items.lastScheduleJob.setValue(failed);
        await notifyIfPopupClosed(env, failed);
        throw error;
      }
      return finish(session, job, meeting);
    });
  }

  /**
   * The made meeting: its join link, any twin WebEx now holds, kept in Recent, the host told.
   * A REST meeting's link is its `webLink` (the site's `j.php?MTID=` page, for invitations):
   * `POST /meetings/join`'s `joinLink` carries a token that skips the password and lapses in
   * minutes, so it must not go into an invitation or calendar entry.
   */
  async function finish(session: AccountSession, job: ScheduleJob, meeting: ScheduledMeeting) {
    const joinUrl = meeting.webLink ?? (await bestEffortJoinUrl(env, session, meeting.meetingKey));
    const withLink = joinUrl === undefined ? meeting : { ...meeting, joinUrl };
    const duplicates = await findDuplicates(env.backend, session, meeting);
    const shown = duplicates.length > 0 ? { ...withLink, duplicates } : withLink;
    const done: ScheduleJob = { ...job, state: 'done', meeting: shown };
    await remember(session, done, withLink);
    await items.lastScheduleJob.setValue(done);
    await notifyIfPopupClosed(env, done);
    return done;
  }

  async function resolve(data: ScheduleData): Promise<ScheduleAnswer> {
    const previous = await items.lastScheduleJob.getValue();
    if (previous?.requestId === data.requestId) {
      // Running in storage but not shared in `running`: its worker is gone.
      return answerFor(previous.state === 'running' ? await markInterrupted(previous) : previous);
    }
    const recent = (await items.recentMeetings.getValue()).find(
      (m) => m.requestId === data.requestId,
    );
    if (recent) return okReply(jobFromRecent(recent, data.request));
    return create(data, previous);
  }

  return {
    scheduleMeeting(data) {
      const shared = running.get(data.requestId);
      if (shared) return shared;
      const answer = resolve(data).finally(() => running.delete(data.requestId));
      running.set(data.requestId, answer);
      return answer;
    },
    async getLastScheduleJob() {
      const job = await items.lastScheduleJob.getValue();
      // A job that finished after a sign-out belongs to its own account, never to the next one.
      const found = await loadAccount(items);
      if (!job || !found || !sameAccount(job.owner, accountKeyOf(found.account.session))) {
        return null;
      }
      const orphan = job?.state === 'running' && !running.has(job.requestId);
      return orphan ? markInterrupted(job) : withSiteJoinLink(job);
    },
  };
}
