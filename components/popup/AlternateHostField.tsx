import { t } from '../../lib/i18n';
import { describedBy, Field } from './Field';

interface AlternateHostFieldProps {
  value: string;
  siteName: string;
  onChange(value: string): void;
  problem?: string;
}

/** One address with the HOST role: WebEx accepts only people with a host account on the site. */
export function AlternateHostField({
  value,
  siteName,
  onChange,
  problem,
}: AlternateHostFieldProps) {
  const id = 'alternate-host';
  const hint = t('schedule.alternateHost.hint', { site: siteName });
  return (
    <Field id={id} label={t('schedule.alternateHost.label')} hint={hint} problem={problem}>
      <input
        id={id}
        type="email"
        autocomplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, hint, problem)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </Field>
  );
}
