import { t } from '../../lib/i18n';
import { durationChoices } from '../../lib/meetings/durations';
import { SegmentedChoice } from './SegmentedChoice';

interface DurationPickerProps {
  value: number;
  defaultMinutes?: number;
  onChange(minutes: number): void;
}

export function DurationPicker({ value, defaultMinutes, onChange }: DurationPickerProps) {
  const choices = durationChoices(defaultMinutes);
  if (!choices.includes(value)) choices.push(value);
  return (
    <SegmentedChoice
      name="duration"
      legend={t('schedule.durationLegend')}
      segments={choices.map((minutes) => ({ id: String(minutes), label: String(minutes) }))}
      selected={String(value)}
      onSelect={(id) => onChange(Number(id))}
    />
  );
}
