import { t } from '../../lib/i18n';
import { parseEmailList } from '../../lib/meetings/email-list';
import { describedBy, Field } from './Field';

interface InviteesFieldProps {
  value: string;
  onChange(value: string): void;
  problem?: string;
}

/** Addresses invited as attendees; WebEx mails each one an invitation. */
export function InviteesField({ value, onChange, problem }: InviteesFieldProps) {
  const id = 'invitees';
  const count = parseEmailList(value).emails.length;
  const hint = count === 0 ? t('schedule.invitees.hint') : t('schedule.invitees.willEmail', count);
  return (
    <Field id={id} label={t('schedule.invitees.label')} hint={hint} problem={problem}>
      <input
        id={id}
        type="text"
        inputMode="email"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('schedule.invitees.placeholder')}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, hint, problem)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </Field>
  );
}
