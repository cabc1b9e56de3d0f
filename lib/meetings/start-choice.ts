/**
 * The start choices the schedule form opens with, and their instants: what the popup's first
 * paint needs. A date and time typed by the host is read by lib/meetings/start-time.ts, which
 * loads after it.
 */
import { t } from '../i18n';

/** When the meeting starts, as the host picked it. `local` is a datetime-local value in the host's zone. */
export type StartChoice =
  { kind: 'now' } | { kind: 'in'; minutes: number } | { kind: 'at'; local: string };

/** One of the picker's quick starts: its id, label and choice. */
export interface StartPreset {
  id: string;
  /** What the button says, in the UI language (read when shown, not when this module loads). */
  label(): string;
  choice: StartChoice;
}

/** The quick starts the picker offers, in order (a date and time comes after them). */
export const START_PRESETS: readonly StartPreset[] = [
  { id: 'now', label: () => t('schedule.start.now'), choice: { kind: 'now' } },
  { id: 'in15', label: () => t('schedule.start.in15'), choice: { kind: 'in', minutes: 15 } },
  { id: 'in30', label: () => t('schedule.start.in30'), choice: { kind: 'in', minutes: 30 } },
  { id: 'in60', label: () => t('schedule.start.in60'), choice: { kind: 'in', minutes: 60 } },
];

/** The instant (ms) a start "now" or "in N minutes" stands for, `now` being the current instant. */
export function quickStart(choice: Exclude<StartChoice, { kind: 'at' }>, now: number): number {
  return choice.kind === 'now' ? now : now + choice.minutes * 60_000;
}
