import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { buildIcs, icsFileName, type CalendarEvent } from '../../lib/meetings/ics';

interface CalendarLinkProps {
  event: CalendarEvent;
  /** The visible text; "Add to calendar" when left out. */
  label?: string;
  class?: string;
}

/** "Add to calendar": a real link to an .ics file, so it works by keyboard and by right-click too. */
export function CalendarLink({
  event,
  label = t('schedule.card.addToCalendar'),
  class: className = 'button secondary',
}: CalendarLinkProps) {
  const ics = useMemo(() => buildIcs(event), [event]);
  const [href, setHref] = useState<string>();

  useEffect(() => {
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [ics]);

  if (!href) return null;
  return (
    <a class={className} href={href} download={icsFileName(event.summary)}>
      {label}
    </a>
  );
}
