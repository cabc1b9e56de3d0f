import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { buildIcs, icsFileName, type CalendarEvent } from '../../lib/meetings/ics';

/** "Add to calendar": a real link to an .ics file, so it works by keyboard and by right-click too. */
export function CalendarLink({ event }: { event: CalendarEvent }) {
  const ics = useMemo(() => buildIcs(event), [event]);
  const [href, setHref] = useState<string>();

  useEffect(() => {
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [ics]);

  if (!href) return null;
  return (
    <a class="button secondary" href={href} download={icsFileName(event.summary)}>
      {t('schedule.card.addToCalendar')}
    </a>
  );
}
