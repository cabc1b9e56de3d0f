import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildIcs, icsFileName, type CalendarEvent } from '../../lib/meetings/ics';

interface CalendarLinkProps {
  event: CalendarEvent;
  /** The visible text, e.g. "Calendar file (.ics)". */
  label: string;
  class: string;
}

/** A real link to a meeting's .ics file, so it works by keyboard and by right-click too. */
export function CalendarLink({ event, label, class: className }: CalendarLinkProps) {
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
