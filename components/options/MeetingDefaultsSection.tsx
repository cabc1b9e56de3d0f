import { useEffect, useId, useState } from 'preact/hooks';
import { durationChoices, formatDuration } from '../../lib/meetings/durations';
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
  const [invitees, setInvitees] = useState(settings.defaultInvitees.join(', '));
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => setInvitees(settings.defaultInvitees.join(', ')), [settings.defaultInvitees]);

  function save(patch: Partial<Defaults>, what: string) {
    setStatus('');
    void onChange(patch).then(
      () => setStatus(`${what} saved.`),
      () => setStatus(`${what} could not be saved. Try again.`),
    );
  }

  function saveInvitees() {
    const parsed = parseEmailList(invitees);
    if (parsed.invalid.length > 0) {
      setProblem(`Not email addresses: ${parsed.invalid.join(', ')}. Fix or remove them.`);
      return;
    }
    setProblem(null);
    const emails = parsed.emails.map((entry) => entry.email);
    if (emails.join() !== settings.defaultInvitees.join())
      save({ defaultInvitees: emails }, 'Invitees');
  }

  return (
    <section class="options-section" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">New meetings</h2>
      <div class="account-field">
        <label for={`${id}-duration`}>Default duration</label>
        <select
          id={`${id}-duration`}
          value={String(settings.defaultDurationMinutes)}
          onChange={(e) =>
            save({ defaultDurationMinutes: Number(e.currentTarget.value) }, 'Duration')
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
        <label for={`${id}-invitees`}>Default invitees</label>
        <textarea
          id={`${id}-invitees`}
          rows={3}
          value={invitees}
          onInput={(e) => setInvitees(e.currentTarget.value)}
          onBlur={saveInvitees}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-invitees-note`}
          spellcheck={false}
        />
        <p id={`${id}-invitees-note`} class={problem ? 'options-field-error' : 'account-hint'}>
          {problem ??
            'Email addresses, separated by commas or new lines. They are invited as attendees to every new meeting; you can remove them in the popup.'}
        </p>
      </div>
      <p class="options-status" role="status">
        {status}
      </p>
    </section>
  );
}
