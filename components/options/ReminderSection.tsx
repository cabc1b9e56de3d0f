import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { REMINDER_LEADS, reminderLeadOf } from '../../lib/reminders/lead';
import type { ReminderLead, Settings } from '../../lib/storage';

type ReminderSettings = Pick<Settings, 'reminderLeadMinutes'>;

interface ReminderSectionProps {
  settings: ReminderSettings;
  onChange(patch: ReminderSettings): Promise<void>;
}

function leadLabel(lead: ReminderLead): string {
  return lead === 0
    ? t('options.reminders.off')
    : t('options.reminders.minutesBefore', { minutes: String(lead) });
}

/** How long before a meeting its reminder shows (off, 1, 5, 10 or 15 minutes); saved at once. */
export function ReminderSection({ settings, onChange }: ReminderSectionProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const lead = reminderLeadOf(settings);

  function save(value: ReminderLead) {
    setStatus('');
    void onChange({ reminderLeadMinutes: value }).then(
      () => setStatus(t('options.reminders.saved')),
      () => setStatus(t('options.reminders.notSaved')),
    );
  }

  return (
    <section class="options-section" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('options.reminders.heading')}</h2>
      <div class="account-field">
        <label for={`${id}-lead`}>{t('options.reminders.lead')}</label>
        <select
          id={`${id}-lead`}
          value={String(lead)}
          aria-describedby={`${id}-hint`}
          onChange={(e) => save(Number(e.currentTarget.value) as ReminderLead)}
        >
          {REMINDER_LEADS.map((choice) => (
            <option key={choice} value={String(choice)}>
              {leadLabel(choice)}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} class="account-hint">
          {t('options.reminders.hint')}
        </p>
      </div>
      <p class="options-status" role="status">
        {status}
      </p>
    </section>
  );
}
