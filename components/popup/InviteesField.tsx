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
  const hint =
    count === 0
      ? 'Optional. Separate with commas; WebEx emails each one.'
      : `WebEx emails an invitation to ${count} ${count === 1 ? 'person' : 'people'}.`;
  return (
    <Field id={id} label="Invite (email addresses)" hint={hint} problem={problem}>
      <input
        id={id}
        type="text"
        inputMode="email"
        autocomplete="off"
        spellcheck={false}
        placeholder="carol@example.com, dave@example.com"
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, hint, problem)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </Field>
  );
}
