import { useMemo } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  calendarEvent,
  googleCalendarLink,
  outlookWebLink,
  type CalendarMeeting,
} from '../../lib/meetings/calendar-links';
import type { RowMenuItem } from '../../lib/meetings/row-actions';
import { CalendarLink } from './CalendarLink';
import { usePopupEnv } from './popup-env';

interface CalendarItemsProps {
  meeting: CalendarMeeting;
  /** Which of the three to offer (a Recent row's: lib/meetings/row-actions.ts). */
  items: readonly RowMenuItem[];
  /** The element naming the meeting, when the buttons need it to say which one. */
  topicId?: string;
  /** The buttons' look: small in a Recent row's menu, full size on the scheduled card. */
  buttonClass?: string;
}

/**
 * A meeting's calendar entries (a Recent row's menu, the scheduled card): the .ics file, Google Calendar and Outlook on the web, each
 * with the join link and number and no password (lib/meetings/calendar-links.ts). The two web
 * calendars open in a new tab, with no referrer.
 */
export function CalendarItems({
  meeting,
  items,
  topicId,
  buttonClass = 'button secondary small',
}: CalendarItemsProps) {
  const env = usePopupEnv();
  const event = useMemo(() => calendarEvent(meeting, env.now()), [meeting]);
  const web = (href: string, label: string) => (
    <a
      class={buttonClass}
      href={href}
      target="_blank"
      rel="noreferrer noopener"
      aria-describedby={topicId}
    >
      {label}
    </a>
  );
  return (
    <>
      {items.includes('calendarFile') && (
        <CalendarLink event={event} label={t('recent.menu.calendarFile')} class={buttonClass} />
      )}
      {items.includes('googleCalendar') &&
        web(googleCalendarLink(meeting), t('recent.menu.google'))}
      {items.includes('outlookWeb') && web(outlookWebLink(meeting), t('recent.menu.outlook'))}
    </>
  );
}
