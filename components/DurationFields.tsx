import { useEffect, useState } from 'preact/hooks';
import { minutesFromParts, offeredLimit } from '../lib/meetings/durations';
import './styles/duration-fields.css';

interface DurationFieldsProps {
  /** Prefix of the two inputs' ids: `${id}-hours`, `${id}-minutes`. */
  id: string;
  minutes: number;
  /** The site's limit in minutes, when known (the hours field stops there). */
  limit: number | undefined;
  hoursLabel: string;
  minutesLabel: string;
  invalid?: boolean;
  describedBy?: string;
  /** The length typed, in minutes (NaN while a field holds something that is not a number). */
  onChange(minutes: number): void;
}

const partsOf = (minutes: number) =>
  Number.isFinite(minutes)
    ? { hours: String(Math.floor(minutes / 60)), minutes: String(minutes % 60) }
    : { hours: '', minutes: '' };

/** Any length as hours and minutes, each a number field; text kept as typed while it is typed. */
export function DurationFields(props: DurationFieldsProps) {
  const [parts, setParts] = useState(() => partsOf(props.minutes));
  // A value set from outside (a preset, a restored form) replaces what the fields show.
  useEffect(() => {
    if (minutesFromParts(parts.hours, parts.minutes) !== props.minutes)
      setParts(partsOf(props.minutes));
  }, [props.minutes]);

  function update(next: typeof parts) {
    setParts(next);
    props.onChange(minutesFromParts(next.hours, next.minutes));
  }

  const common = {
    type: 'number',
    inputMode: 'numeric',
    min: 0,
    'aria-invalid': props.invalid ? true : undefined,
    'aria-describedby': props.describedBy,
  } as const;
  return (
    <div class="duration-fields">
      <input
        {...common}
        id={`${props.id}-hours`}
        max={Math.floor(offeredLimit(props.limit) / 60)}
        value={parts.hours}
        onInput={(event) => update({ ...parts, hours: event.currentTarget.value })}
      />
      <label for={`${props.id}-hours`}>{props.hoursLabel}</label>
      <input
        {...common}
        id={`${props.id}-minutes`}
        max={59}
        step={5}
        value={parts.minutes}
        onInput={(event) => update({ ...parts, minutes: event.currentTarget.value })}
      />
      <label for={`${props.id}-minutes`}>{props.minutesLabel}</label>
    </div>
  );
}
