import type { FormField, FormProblems } from './schedule-form';

/**
 * Which fields' problems the form shows: the ones the host has finished with (left after a
 * change), or all of them once they pressed Schedule. A shown field's problem is re-checked on
 * every keystroke, so it goes the moment the field is right and comes back if it breaks again.
 */
export type ShownFields = ReadonlySet<FormField> | 'all';

/** The problems to show now: `problems` (checked against the current values) for shown fields. */
export function visibleProblems(problems: FormProblems, shown: ShownFields): FormProblems {
  if (shown === 'all') return problems;
  const visible: FormProblems = {};
  for (const field of shown) if (problems[field]) visible[field] = problems[field];
  return visible;
}

/** `shown` with `field` added (the same object when it is already there). */
export function withShown(shown: ShownFields, field: FormField | undefined): ShownFields {
  if (!field || shown === 'all' || shown.has(field)) return shown;
  return new Set([...shown, field]);
}

const CONTROL_FIELDS: Record<string, FormField> = {
  topic: 'topic',
  'start-at': 'start',
  'duration-hours': 'duration',
  'duration-minutes': 'duration',
  'meeting-password': 'meetingPassword',
  invitees: 'invitees',
  'alternate-host': 'alternateHost',
};

/** The form field a control (by its element id) belongs to; undefined for other elements. */
export function fieldOfControl(id: string): FormField | undefined {
  return Object.hasOwn(CONTROL_FIELDS, id) ? CONTROL_FIELDS[id] : undefined;
}
