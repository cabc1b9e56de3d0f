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

interface RowCalendarItemsProps {
  meeting: CalendarMeeting;
  /** Which of the three the row offers (lib/meetings/row-actions.ts). */
  items: readonly RowMenuItem[];
  topicId: string;
}

/**
 * A Recent row's calendar entries: the .ics file, Google Calendar and Outlook on the web, each
 * with the join link and number and no password (lib/meetings/calendar-links.ts). The two web
 * calendars open in a new tab, with no referrer.
 */
export function RowCalendarItems({ meeting, items, topicId }: RowCalendarItemsProps) {
  const env = usePopupEnv();
  const event = useMemo(() => calendarEvent(meeting, env.now()), [meeting]);
  const web = (href: string, label: string) => (
    <a
      class="button secondary small"
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
        <CalendarLink
          event={event}
          label={t('recent.menu.calendarFile')}
          class="button secondary small"
        />
      )}
      {items.includes('googleCalendar') &&
        web(googleCalendarLink(meeting), t('recent.menu.google'))}
      {items.includes('outlookWeb') && web(outlookWebLink(meeting), t('recent.menu.outlook'))}
    </>
  );
}
