import { t } from '../../lib/i18n';

interface MeetingTypeFieldProps {
  types: readonly number[];
  value: number | undefined;
  onChange(type: number): void;
}

/** The site's meeting types this host may use; a choice only when there is one to make. */
export function MeetingTypeField({ types, value, onChange }: MeetingTypeFieldProps) {
  if (types.length < 2) return null;
  return (
    <div class="field">
      <label for="meeting-type">{t('schedule.meetingType.label')}</label>
      <select
        id="meeting-type"
        value={String(value)}
        onChange={(event) => onChange(Number(event.currentTarget.value))}
      >
        {types.map((type, index) => (
          <option key={type} value={String(type)}>
            {index === 0
              ? t('schedule.meetingType.yourDefault', { type })
              : t('schedule.meetingType.option', { type })}
          </option>
        ))}
      </select>
    </div>
  );
}
