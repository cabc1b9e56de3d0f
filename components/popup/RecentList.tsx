import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { groupMeetings } from '../../lib/meetings/meeting-groups';
import type { MeetingListItem } from '../../lib/messaging';
import { siteHost } from '../../lib/site-access';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import type { PersonalRoom, WebExSite } from '../../lib/webex/types';
import { EmptyState } from './EmptyState';
import { JoinMeetingForm } from './JoinMeetingForm';
import { ErrorNotice } from '../ErrorNotice';
import { MeetingRow } from './MeetingRow';
import { PersonalRoomBar } from './PersonalRoomBar';
import { usePopupEnv } from './popup-env';
import { useInvitationTemplate } from './use-invitation-template';
import type { TicketRenewal } from './use-ticket-renewal';

interface RecentListProps {
  /** Loads (again) each time the tab is shown: a meeting just scheduled is in it. */
  active: boolean;
  siteName: string;
  /** The signed-in site: "Join a meeting" joins a bare number there. */
  site: WebExSite;
  hostName: string;
  /** A REST host's Personal Room: started in one click from the top of the list. */
  personalRoom?: PersonalRoom;
  renewal: TicketRenewal;
  onSchedule(): void;
}

type ListState =
  | { kind: 'loading'; previous?: MeetingListItem[] }
  | { kind: 'loaded'; meetings: MeetingListItem[] }
  | { kind: 'failed'; error: WebExErrorInfo };

export function RecentList({
  active,
  siteName,
  site,
  hostName,
  personalRoom,
  renewal,
  onSchedule,
}: RecentListProps) {
  const env = usePopupEnv();
  // One read for every row's "Copy invitation".
  const template = useInvitationTemplate();
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);

  async function load() {
    setState((current) => ({
      kind: 'loading',
      previous: current.kind === 'loaded' ? current.meetings : undefined,
    }));
    const reply = await renewal.withRenewal(() => env.send('listMeetings'));
    setState(
      reply.ok ? { kind: 'loaded', meetings: reply.value } : { kind: 'failed', error: reply.error },
    );
  }

  useEffect(() => {
    if (active) void load();
  }, [active]);

  function onDeleted(meeting: MeetingListItem) {
    setAnnouncement(t('recent.deleted', { topic: meeting.topic }));
    // The row and its focused button are gone: keep keyboard users in the list.
    heading.current?.focus();
    setDeleted((current) => new Set(current).add(meeting.meetingKey));
  }

  // A list asked before the delete was answered may still hold the meeting: it stays hidden.
  const meetings = (
    state.kind === 'loaded' ? state.meetings : state.kind === 'loading' ? state.previous : undefined
  )?.filter((meeting) => !deleted.has(meeting.meetingKey));
  return (
    <section class="recent" aria-labelledby="recent-title" aria-busy={state.kind === 'loading'}>
      {personalRoom && <PersonalRoomBar room={personalRoom} renewal={renewal} />}
      <JoinMeetingForm site={site} />
      <div class="section-head">
        <h2 id="recent-title" ref={heading} tabIndex={-1}>
          {t('recent.title')}
        </h2>
        <button
          type="button"
          class="button quiet small"
          onClick={load}
          disabled={state.kind === 'loading'}
        >
          {state.kind === 'loading' ? t('popup.loading') : t('recent.refresh')}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {state.kind === 'failed' && (
        <ErrorNotice error={state.error} lead={t('recent.loadFailed')}>
          <button type="button" class="button secondary" onClick={load}>
            {t('recent.tryAgain')}
          </button>
        </ErrorNotice>
      )}
      {state.kind === 'loading' && !meetings && (
        <p class="muted loading-line">{t('recent.loadingFrom', { site: siteName })}</p>
      )}
      {meetings && meetings.length === 0 && (
        <EmptyState title={t('recent.empty.title')}>
          <p class="muted">{t('recent.empty.body', { site: siteName })}</p>
          <button type="button" class="button primary" onClick={onSchedule}>
            {t('recent.empty.schedule')}
          </button>
        </EmptyState>
      )}
      {meetings &&
        groupMeetings(meetings, {
          now: env.now(),
          timeZone: env.timeZone,
          locale: env.locale,
        }).map((group) => (
          <div class="meeting-group" key={group.id}>
            <h3 class="group-title">{group.title}</h3>
            <ul class="meeting-list">
              {group.meetings.map((meeting) => (
                <MeetingRow
                  key={meeting.meetingKey}
                  meeting={meeting}
                  hostName={hostName}
                  siteHost={siteHost(site)}
                  underDay={group.id === 'now' || group.id.startsWith('day:')}
                  template={template}
                  renewal={renewal}
                  onDeleted={onDeleted}
                />
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
