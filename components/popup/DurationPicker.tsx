import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  durationChoices,
  durationProblemText,
  formatDuration,
  offeredLimit,
} from '../../lib/meetings/durations';
import { Lazy } from './Lazy';
import { SegmentedChoice } from './SegmentedChoice';

interface DurationPickerProps {
  value: number;
  /** The chosen meeting type's longest meeting on the site (minutes), when the site said. */
  limit: number | undefined;
  /** The site's name for the chosen meeting type, for the limit's hint. */
  typeName: string | undefined;
  onChange(minutes: number): void;
}

// The hours and minutes fields load when the host first picks "Other…", not with the popup.
const loadDurationFields = () =>
  import('../DurationFields').then((module) => module.DurationFields);

const OTHER = 'other';
const NOTE_ID = 'duration-note';

/** Quick picks up to the site's limit, and "Other…": any length in hours and minutes up to it. */
export function DurationPicker({ value, limit, typeName, onChange }: DurationPickerProps) {
  const choices = durationChoices(limit);
  const [otherChosen, setOtherChosen] = useState(false);
  const other = otherChosen || !choices.includes(value);
  // Checked as the host types (also past a shorter limit when the type changes), and cleared
  // the moment the length is right: the same words the submit would show.
  const shown = durationProblemText(value, limit);
  const limitText = formatDuration(offeredLimit(limit));
  const hint =
    limit === undefined
      ? undefined
      : typeName
        ? t('schedule.duration.upToForType', { type: typeName, limit: limitText })
        : t('schedule.duration.upTo', { limit: limitText });
  const note = shown ?? (other ? hint : undefined);
  return (
    <div class="duration-picker">
      <SegmentedChoice
        name="duration"
        legend={t('schedule.durationLegend')}
        segments={[
          ...choices.map((minutes) => ({ id: String(minutes), label: String(minutes) })),
          { id: OTHER, label: t('schedule.duration.other') },
        ]}
        selected={other ? OTHER : String(value)}
        describedBy={note ? NOTE_ID : undefined}
        onSelect={(id) => {
          setOtherChosen(id === OTHER);
          if (id !== OTHER) onChange(Number(id));
        }}
      />
      {other && (
        <Lazy
          load={loadDurationFields}
          props={{
            id: 'duration',
            minutes: value,
            limit,
            hoursLabel: t('schedule.duration.hours'),
            minutesLabel: t('schedule.duration.minutes'),
            invalid: shown !== undefined,
            describedBy: note ? NOTE_ID : undefined,
            onChange,
          }}
        />
      )}
      {note && (
        <p id={NOTE_ID} class={shown ? 'field-error' : 'hint'}>
          {note}
        </p>
      )}
    </div>
  );
}
