import { meetingPasswordProblems } from '../../lib/meetings/meeting-password';
import { describedBy } from './Field';

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
  const warning = problem ? undefined : meetingPasswordProblems(value).join(' ');
  const hint = warning || 'Attendees need it to join; it is in the invitation.';
  return (
    <div class="field">
      <label for={id}>Meeting password</label>
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
          New
        </button>
      </div>
      {problem ? (
        <p id={`${id}-problem`} class="field-error">
          {problem}
        </p>
      ) : (
        <p id={`${id}-hint`} class={warning ? 'hint warning' : 'hint'}>
          {hint}
        </p>
      )}
    </div>
  );
}
