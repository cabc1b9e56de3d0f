import { useEffect, useId, useState } from 'preact/hooks';
import { durationChoices, formatDuration } from '../../lib/meetings/durations';
import { t } from '../../lib/i18n';
import { parseEmailList } from '../../lib/meetings/email-list';
import type { Settings } from '../../lib/storage';

type Defaults = Pick<Settings, 'defaultDurationMinutes' | 'defaultInvitees'>;

interface MeetingDefaultsSectionProps {
  settings: Defaults;
  onChange(patch: Partial<Defaults>): Promise<void>;
}

/** What a new meeting in the popup starts with. Saved as soon as a value is complete. */
export function MeetingDefaultsSection({ settings, onChange }: MeetingDefaultsSectionProps) {
  const id = useId();
  const ids = {
    duration: `${id}-duration`,
    invitees: `${id}-invitees`,
    inviteesNote: `${id}-invitees-note`,
  };
  const [invitees, setInvitees] = useState(settings.defaultInvitees.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => setInvitees(settings.defaultInvitees.join(', ')), [settings.defaultInvitees]);

  function save(patch: Partial<Defaults>, saved: string, notSaved: string) {
    setStatus('');
    void onChange(patch).then(
      () => setStatus(saved),
      () => setStatus(notSaved),
    );
  }

  function saveInvitees() {
    const parsed = parseEmailList(invitees);
    if (parsed.invalid.length > 0) {
      setProblem(t('options.defaults.notEmails', { addresses: parsed.invalid.join(', ') }));
      return;
    }
    setProblem(null);
    const emails = parsed.emails.map((entry) => entry.email);
    if (emails.join() !== settings.defaultInvitees.join())
      save(
        { defaultInvitees: emails },
        t('options.defaults.inviteesSaved'),
        t('options.defaults.inviteesNotSaved'),
      );
  }

  return (
    <section class="options-section" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">{t('options.defaults.heading')}</h2>
      <div class="account-field">
        <label for={ids.duration}>{t('options.defaults.duration')}</label>
        <select
          id={ids.duration}
          value={String(settings.defaultDurationMinutes)}
          onChange={(e) =>
            save(
              { defaultDurationMinutes: Number(e.currentTarget.value) },
              t('options.defaults.durationSaved'),
              t('options.defaults.durationNotSaved'),
            )
          }
        >
          {durationChoices(settings.defaultDurationMinutes).map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {formatDuration(minutes)}
            </option>
          ))}
        </select>
      </div>
      <div class="account-field">
        <label for={ids.invitees}>{t('options.defaults.invitees')}</label>
        <textarea
          id={ids.invitees}
          rows={3}
          value={invitees}
          onInput={(e) => setInvitees(e.currentTarget.value)}
          onBlur={saveInvitees}
          aria-invalid={problem !== null}
          aria-describedby={ids.inviteesNote}
          spellcheck={false}
        />
        <p id={ids.inviteesNote} class={problem ? 'options-field-error' : 'account-hint'}>
          {problem ?? t('options.defaults.inviteesHint')}
        </p>
      </div>
      <p class="options-status" role="status">
        {status}
      </p>
    </section>
  );
}
