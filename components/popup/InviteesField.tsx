import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { InviteeSummary } from '../../lib/meetings/invitee-summary';
import { describedBy, Field } from './Field';
import { useLoaded } from './use-loaded';

// Reading addresses loads right after the first paint; an empty list needs none of it.
const loadInviteeSummary = () => import('../../lib/meetings/invitee-summary');
const NOBODY: InviteeSummary = { valid: 0, toFix: [] };

interface InviteesFieldProps {
  value: string;
  onChange(value: string): void;
  problem?: string;
}

const FIX_ID = 'invitees-to-fix';

/** Grows the box to its text (up to the CSS max-height, then it scrolls). */
function fitHeight(box: HTMLTextAreaElement | null) {
  if (!box) return;
  box.style.height = 'auto';
  box.style.height = `${box.scrollHeight + box.offsetHeight - box.clientHeight}px`;
}

/**
 * Addresses invited as attendees; WebEx mails each one an invitation. A box that grows with the
 * list, the count of valid addresses and the entries to fix, marked as the host types. Enter
 * schedules as in the other fields; Shift+Enter starts a new line.
 */
export function InviteesField({ value, onChange, problem }: InviteesFieldProps) {
  const id = 'invitees';
  const box = useRef<HTMLTextAreaElement>(null);
  const [typing, setTyping] = useState(false);
  useLayoutEffect(() => fitHeight(box.current), [value]);
  const summaries = useLoaded(loadInviteeSummary);
  const { valid, toFix } = summaries?.inviteeSummary(value, typing) ?? NOBODY;
  const hint =
    toFix.length > 0
      ? t('schedule.invitees.counts', { valid, toFix: toFix.length })
      : valid === 0
        ? t('schedule.invitees.hint')
        : t('schedule.invitees.willEmail', valid);
  const described = [describedBy(id, hint, problem), toFix.length > 0 ? FIX_ID : undefined];
  return (
    <Field id={id} label={t('schedule.invitees.label')} hint={hint} problem={problem}>
      <textarea
        ref={box}
        id={id}
        rows={1}
        inputMode="email"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('schedule.invitees.placeholder')}
        value={value}
        aria-invalid={problem || toFix.length > 0 ? true : undefined}
        aria-describedby={described.filter(Boolean).join(' ')}
        onFocus={() => setTyping(true)}
        onBlur={() => setTyping(false)}
        onInput={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
          event.preventDefault();
          event.currentTarget.form?.requestSubmit();
        }}
      />
      {problem && <p class="hint">{hint}</p>}
      {toFix.length > 0 && (
        <div class="to-fix" id={FIX_ID}>
          <span class="to-fix-label">{t('schedule.invitees.toFix')}</span>
          <ul class="chips">
            {toFix.map((entry, index) => (
              <li key={`${index}:${entry}`} class="chip bad" dir="auto">
                {entry}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Field>
  );
}
