import { t } from '../../lib/i18n';
import { formatStartShort, zoneDisplayName } from '../../lib/meetings/display-time';
import {
  START_PRESETS,
  resolveStart,
  toLocalDateTimeValue,
  type StartChoice,
} from '../../lib/meetings/start-time';
import { usePopupEnv } from './popup-env';
import { SegmentedChoice } from './SegmentedChoice';

interface StartTimePickerProps {
  value: StartChoice;
  onChange(value: StartChoice): void;
  problem?: string;
}

const PICK = 'pick';
const HOUR_MS = 3_600_000;

function presetId(value: StartChoice): string {
  if (value.kind === 'at') return PICK;
  const preset = START_PRESETS.find(
    ({ choice }) =>
      choice.kind === value.kind &&
      (choice.kind === 'now' || (value.kind === 'in' && choice.minutes === value.minutes)),
  );
  return preset?.id ?? 'now';
}

/** Now, in 15/30/60 minutes, or a date and time; always shown in the host's zone, by name. */
export function StartTimePicker({ value, onChange, problem }: StartTimePickerProps) {
  const { now, timeZone, locale } = usePopupEnv();
  const current = now();
  const resolved = resolveStart(value, current, timeZone);
  const startsAt = resolved.ok ? resolved.startsAt : current;
  const zoneName = zoneDisplayName(startsAt, timeZone, locale);

  function select(id: string) {
    if (id === PICK) {
      const nextHour = Math.ceil((current + HOUR_MS / 2) / HOUR_MS) * HOUR_MS;
      onChange({
        kind: 'at',
        local: value.kind === 'at' ? value.local : toLocalDateTimeValue(nextHour, timeZone),
      });
      return;
    }
    onChange(START_PRESETS.find((preset) => preset.id === id)!.choice);
  }

  const summaryId = 'start-summary';
  return (
    <div class="start-picker">
      <SegmentedChoice
        name="start"
        legend={t('schedule.start.legend')}
        segments={[
          ...START_PRESETS.map((preset) => ({ id: preset.id, label: preset.label() })),
          { id: PICK, label: t('schedule.start.setTime') },
        ]}
        selected={presetId(value)}
        onSelect={select}
        describedBy={summaryId}
      />
      {value.kind === 'at' && (
        <div class="field">
          <label for="start-at">{t('schedule.start.dateAndTime')}</label>
          <input
            id="start-at"
            type="datetime-local"
            value={value.local}
            min={toLocalDateTimeValue(current, timeZone)}
            max="2050-12-31T23:59"
            aria-invalid={problem ? true : undefined}
            aria-describedby={summaryId}
            onInput={(event) => onChange({ kind: 'at', local: event.currentTarget.value })}
          />
        </div>
      )}
      {problem ? (
        <p id={summaryId} class="field-error">
          {problem}
        </p>
      ) : (
        <p id={summaryId} class="hint">
          {value.kind === 'now'
            ? t('schedule.start.rightAway')
            : t('schedule.start.startsAt', {
                when: formatStartShort(startsAt, current, timeZone, locale),
              })}
          {' · '}
          {zoneName}
        </p>
      )}
    </div>
  );
}
