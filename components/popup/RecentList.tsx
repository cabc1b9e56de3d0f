import { useEffect, useRef, useState } from 'preact/hooks';
import { groupMeetings } from '../../lib/meetings/meeting-groups';
import type { MeetingListItem } from '../../lib/messaging';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { EmptyState } from './EmptyState';
import { ErrorNotice } from './ErrorNotice';
import { MeetingRow } from './MeetingRow';
import { usePopupEnv } from './popup-env';
import type { Reauth } from './use-reauth';

interface RecentListProps {
  /** Loads (again) each time the tab is shown: a meeting just scheduled is in it. */
  active: boolean;
  siteName: string;
  hostName: string;
  reauth: Reauth;
  onSchedule(): void;
}

type ListState =
  | { kind: 'loading'; previous?: MeetingListItem[] }
  | { kind: 'loaded'; meetings: MeetingListItem[] }
  | { kind: 'failed'; error: WebExErrorInfo };

export function RecentList({ active, siteName, hostName, reauth, onSchedule }: RecentListProps) {
  const env = usePopupEnv();
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  async function load() {
    setState((current) => ({
      kind: 'loading',
      previous: current.kind === 'loaded' ? current.meetings : undefined,
    }));
    const reply = await reauth.withReauth(() => env.send('listMeetings'));
    setState(
      reply.ok ? { kind: 'loaded', meetings: reply.value } : { kind: 'failed', error: reply.error },
    );
  }

  useEffect(() => {
    if (active) void load();
  }, [active]);

  function onDeleted(meeting: MeetingListItem) {
    setAnnouncement(`Deleted “${meeting.topic}”.`);
    // The row and its focused button are gone: keep keyboard users in the list.
    heading.current?.focus();
    setState((current) =>
      current.kind === 'loaded'
        ? {
            kind: 'loaded',
            meetings: current.meetings.filter((m) => m.meetingKey !== meeting.meetingKey),
          }
        : current,
    );
  }

  const meetings =
    state.kind === 'loaded'
      ? state.meetings
      : state.kind === 'loading'
        ? state.previous
        : undefined;
  return (
    <section class="recent" aria-labelledby="recent-title" aria-busy={state.kind === 'loading'}>
      <div class="section-head">
        <h2 id="recent-title" ref={heading} tabIndex={-1}>
          Recent and upcoming
        </h2>
        <button
          type="button"
          class="button quiet small"
          onClick={load}
          disabled={state.kind === 'loading'}
        >
          {state.kind === 'loading' ? 'Loading…' : 'Refresh'}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {state.kind === 'failed' && (
        <ErrorNotice error={state.error} lead="Your meetings could not be loaded.">
          <button type="button" class="button secondary" onClick={load}>
            Try again
          </button>
        </ErrorNotice>
      )}
      {state.kind === 'loading' && !meetings && (
        <p class="muted loading-line">Loading your meetings from {siteName}…</p>
      )}
      {meetings && meetings.length === 0 && (
        <EmptyState title="No recent or upcoming meetings">
          <p class="muted">Meetings you schedule, here or on {siteName}, show up in this list.</p>
          <button type="button" class="button primary" onClick={onSchedule}>
            Schedule a meeting
          </button>
        </EmptyState>
      )}
      {meetings &&
        groupMeetings(meetings, env.now()).map((group) => (
          <div class="meeting-group" key={group.id}>
            <h3 class="group-title">{group.title}</h3>
            <ul class="meeting-list">
              {group.meetings.map((meeting) => (
                <MeetingRow
                  key={meeting.meetingKey}
                  meeting={meeting}
                  hostName={hostName}
                  reauth={reauth}
                  onDeleted={onDeleted}
                />
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
