import type { Ref } from 'preact';
import { t } from '../../lib/i18n';
import { topicCount } from '../../lib/meetings/topic';
import { describedBy, Field } from './Field';

interface TopicFieldProps {
  value: string;
  problem?: string;
  inputRef: Ref<HTMLInputElement>;
  onChange(value: string): void;
}

/**
 * The topic: written in either direction (`dir="auto"`), with a counter once it nears WebEx's
 * limit; past the limit the form shows why it refuses (lib/meetings/topic.ts).
 */
export function TopicField({ value, problem, inputRef, onChange }: TopicFieldProps) {
  const id = 'topic';
  const count = topicCount(value);
  const hint = count.kind === 'left' ? t('schedule.topic.left', count.left) : undefined;
  return (
    <Field id={id} label={t('schedule.form.topic')} hint={hint} problem={problem}>
      <input
        ref={inputRef}
        id={id}
        type="text"
        dir="auto"
        value={value}
        autocomplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, hint, problem)}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
    </Field>
  );
}
