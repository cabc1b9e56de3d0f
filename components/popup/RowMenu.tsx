import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { CalendarMeeting } from '../../lib/meetings/calendar-links';
import type { RowMenuItem } from '../../lib/meetings/row-actions';
import type { MeetingListItem } from '../../lib/messaging';
import { CopyButton } from './CopyButton';
import { CalendarItems } from './CalendarItems';

interface RowMenuProps {
  id: string;
  meeting: MeetingListItem;
  /** What the menu offers, in order (lib/meetings/row-actions.ts). */
  items: readonly RowMenuItem[];
  siteHost: string;
  /** The row's topic, so each item says which meeting it acts on. */
  topicId: string;
  /** The join link, fetched once when needed; undefined when WebEx gave none (the row says why). */
  link(): Promise<string | undefined>;
  /** The invitation text; undefined when there is no join link. */
  invitation(): Promise<string | undefined>;
  busy: boolean;
  /** Opens the join link in a tab; the button says "Opening…" until then. */
  onJoin(): Promise<void>;
  onDelete(): void;
  /** Escape: the row closes the menu and gives the focus back to its button. */
  onClose(): void;
}

/**
 * A Recent row's "More": a disclosure under the row (buttons and links in tab order, not an
 * ARIA menu) with joining as an attendee, the copy buttons, the calendar entries and Delete.
 */
export function RowMenu(props: RowMenuProps) {
  const { meeting, items, topicId } = props;
  // The calendar entries carry the join link: asked for once, when the menu opens.
  const [joinUrl, setJoinUrl] = useState<string | undefined>(meeting.joinUrl);
  const [linkAsked, setLinkAsked] = useState(Boolean(meeting.joinUrl));
  const [opening, setOpening] = useState(false);
  useEffect(() => {
    if (linkAsked) return;
    let live = true;
    void props.link().then((url) => {
      if (!live) return;
      setJoinUrl(url);
      setLinkAsked(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const copy = (item: RowMenuItem, label: string, text: CopyText) =>
    items.includes(item) && <CopyButton label={label} text={text} class="button secondary small" />;
  const calendar: CalendarMeeting | undefined =
    meeting.startsAt === undefined
      ? undefined
      : {
          meetingKey: meeting.meetingKey,
          siteHost: props.siteHost,
          topic: meeting.topic,
          startsAt: meeting.startsAt,
          durationMinutes: meeting.durationMinutes,
          joinUrl,
        };
  return (
    <div
      class="row-menu"
      id={props.id}
      role="group"
      aria-label={t('recent.menu.label')}
      aria-describedby={topicId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        props.onClose();
      }}
    >
      {items.includes('join') && (
        <button
          type="button"
          class="button secondary small"
          aria-describedby={topicId}
          disabled={props.busy || opening}
          onClick={async () => {
            setOpening(true);
            await props.onJoin();
            setOpening(false);
          }}
        >
          {opening ? t('recent.row.opening') : t('recent.row.join')}
        </button>
      )}
      {copy('copyInvitation', t('popup.meeting.copyInvitation'), props.invitation)}
      {copy('copyNumber', t('popup.copy.meetingNumber'), meeting.meetingKey)}
      {copy('copyPassword', t('popup.copy.password'), meeting.meetingPassword ?? '')}
      {copy('copyLink', t('popup.copy.joinLink'), props.link)}
      {calendar && linkAsked && (
        <CalendarItems meeting={calendar} items={items} topicId={topicId} />
      )}
      {items.includes('delete') && (
        <button
          type="button"
          class="button quiet small danger-text"
          aria-describedby={topicId}
          disabled={props.busy}
          onClick={props.onDelete}
        >
          {t('recent.row.delete')}
        </button>
      )}
    </div>
  );
}

type CopyText = string | (() => Promise<string | undefined>);
