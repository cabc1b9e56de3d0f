import { t } from '../../lib/i18n';

interface MeetingTypeFieldProps {
  types: readonly number[];
  value: number | undefined;
  /** The site's name for a type (LstMeetingType), or undefined: then its number is shown. */
  nameOf(type: number): string | undefined;
  onChange(type: number): void;
}

function label(type: number, name: string | undefined, isDefault: boolean): string {
  if (name !== undefined)
    return isDefault ? t('schedule.meetingType.namedDefault', { name }) : name;
  return isDefault
    ? t('schedule.meetingType.yourDefault', { type })
    : t('schedule.meetingType.option', { type });
}

/** The site's meeting types this host may use, by the site's names; a choice only when there is one. */
export function MeetingTypeField({ types, value, nameOf, onChange }: MeetingTypeFieldProps) {
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
            {label(type, nameOf(type), index === 0)}
          </option>
        ))}
      </select>
    </div>
  );
}
