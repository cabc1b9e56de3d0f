import { t } from '../../lib/i18n';
import { describedBy, hintId, problemId } from './Field';
import { useLoaded } from './use-loaded';

const loadPasswordProblems = () => import('../../lib/meetings/meeting-password-problems');

interface MeetingPasswordFieldProps {
  value: string;
  onChange(value: string): void;
  onRegenerate(): void;
  problem?: string;
}

/** Generated, editable, always sent: attendees type it from the invitation. */
export function MeetingPasswordField({
  value,
  onChange,
  onRegenerate,
  problem,
}: MeetingPasswordFieldProps) {
  const id = 'meeting-password';
  // Loaded after the first paint: the generated password it opens with has no problem.
  const checks = useLoaded(loadPasswordProblems);
  const warning = problem ? undefined : checks?.meetingPasswordProblems(value).join(' ');
  const hint = warning || t('schedule.password.hint');
  return (
    <div class="field">
      <label for={id}>{t('schedule.password.label')}</label>
      <div class="input-with-button">
        <input
          id={id}
          type="text"
          value={value}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(id, hint, problem)}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        <button type="button" class="button secondary" onClick={onRegenerate}>
          {t('schedule.password.new')}
        </button>
      </div>
      {problem ? (
        <p id={problemId(id)} class="field-error">
          {problem}
        </p>
      ) : (
        <p id={hintId(id)} class={warning ? 'hint warning' : 'hint'}>
          {hint}
        </p>
      )}
    </div>
  );
}
