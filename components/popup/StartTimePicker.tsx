import { t } from '../../lib/i18n';
import { START_PRESETS, quickStart, type StartChoice } from '../../lib/meetings/start-choice';
import { zoneDisplayName } from '../../lib/meetings/zone-name';
import { usePopupEnv } from './popup-env';
import { SegmentedChoice } from './SegmentedChoice';
import { useLoaded } from './use-loaded';

// The start as a date and time is shown only once the host picks a later start: its code
// (dates in words, today and tomorrow) loads after the first paint.
const loadDisplayTime = () => import('../../lib/meetings/display-time');
// Reading a date and time in the host's zone: needed once the host picks "Set time".
const loadStartTime = () => import('../../lib/meetings/start-time');

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
  const displayTime = useLoaded(loadDisplayTime);
  const startTime = useLoaded(loadStartTime);
  const current = now();
  const resolved =
    value.kind === 'at'
      ? startTime?.resolveStart(value, current, timeZone)
      : { ok: true as const, startsAt: quickStart(value, current) };
  const startsAt = resolved?.ok ? resolved.startsAt : current;
  const zoneName = zoneDisplayName(startsAt, timeZone, locale);

  function select(id: string) {
    if (id === PICK) {
      if (value.kind === 'at') return onChange({ kind: 'at', local: value.local });
      const nextHour = Math.ceil((current + HOUR_MS / 2) / HOUR_MS) * HOUR_MS;
      const pick = (module: Awaited<ReturnType<typeof loadStartTime>>) =>
        onChange({ kind: 'at', local: module.toLocalDateTimeValue(nextHour, timeZone) });
      if (startTime) pick(startTime);
      else void loadStartTime().then(pick);
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
            min={startTime?.toLocalDateTimeValue(current, timeZone)}
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
            : displayTime &&
              t('schedule.start.startsAt', {
                when: displayTime.formatStartShort(startsAt, current, timeZone, locale),
              })}
          {(value.kind === 'now' || displayTime) && ' · '}
          {zoneName}
        </p>
      )}
    </div>
  );
}
