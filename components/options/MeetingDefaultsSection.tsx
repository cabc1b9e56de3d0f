import { useEffect, useId, useState } from 'preact/hooks';
import { durationChoices, durationProblem, formatDuration } from '../../lib/meetings/durations';
import { DurationFields } from '../DurationFields';
import { t } from '../../lib/i18n';
import { parseEmailList } from '../../lib/meetings/email-list';
import type { Settings } from '../../lib/storage';

type Defaults = Pick<Settings, 'defaultDurationMinutes' | 'defaultInvitees'>;

interface MeetingDefaultsSectionProps {
  settings: Defaults;
  /** The longest meeting the signed-in host's types allow (minutes), and their site, when known. */
  limit?: { minutes: number; site: string };
  onChange(patch: Partial<Defaults>): Promise<void>;
}

const OTHER = 'other';

/** What a new meeting in the popup starts with. Saved as soon as a value is complete. */
export function MeetingDefaultsSection({ settings, limit, onChange }: MeetingDefaultsSectionProps) {
  const id = useId();
  const ids = {
    duration: `${id}-duration`,
    durationNote: `${id}-duration-note`,
    invitees: `${id}-invitees`,
    inviteesNote: `${id}-invitees-note`,
  };
  const [invitees, setInvitees] = useState(settings.defaultInvitees.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const choices = durationChoices(limit?.minutes);
  const [otherChosen, setOtherChosen] = useState(false);
  const other = otherChosen || !choices.includes(settings.defaultDurationMinutes);
  const [typed, setTyped] = useState(settings.defaultDurationMinutes);
  const typedProblem = other ? durationProblem(typed, limit?.minutes) : undefined;
  useEffect(() => setInvitees(settings.defaultInvitees.join(', ')), [settings.defaultInvitees]);

  function save(patch: Partial<Defaults>, saved: string, notSaved: string) {
    setStatus('');
    void onChange(patch).then(
      () => setStatus(saved),
      () => setStatus(notSaved),
    );
  }

  function saveDuration(minutes: number) {
    if (minutes === settings.defaultDurationMinutes) return;
    save(
      { defaultDurationMinutes: minutes },
      t('options.defaults.durationSaved'),
      t('options.defaults.durationNotSaved'),
    );
  }

  function typeDuration(minutes: number) {
    setTyped(minutes);
    if (durationProblem(minutes, limit?.minutes) === undefined) saveDuration(minutes);
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
          value={other ? OTHER : String(settings.defaultDurationMinutes)}
          aria-describedby={limit ? ids.durationNote : undefined}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setOtherChosen(value === OTHER);
            if (value === OTHER) setTyped(settings.defaultDurationMinutes);
            else saveDuration(Number(value));
          }}
        >
          {choices.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {formatDuration(minutes)}
            </option>
          ))}
          <option value={OTHER}>{t('options.defaults.durationOther')}</option>
        </select>
        {other && (
          <DurationFields
            id={ids.duration}
            minutes={typed}
            limit={limit?.minutes}
            hoursLabel={t('options.defaults.durationHours')}
            minutesLabel={t('options.defaults.durationMinutes')}
            invalid={typedProblem !== undefined}
            describedBy={ids.durationNote}
            onChange={typeDuration}
          />
        )}
        {(limit || typedProblem) && (
          <p id={ids.durationNote} class={typedProblem ? 'options-field-error' : 'account-hint'}>
            {typedProblem === 'missing'
              ? t('meetings.form.durationMissing')
              : limit &&
                t(
                  typedProblem === 'tooLong'
                    ? 'meetings.form.durationTooLong'
                    : 'options.defaults.durationUpTo',
                  { limit: formatDuration(limit.minutes), site: limit.site },
                )}
          </p>
        )}
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
