import { t } from '../i18n';

/**
 * The placeholders an invitation template may use, each written `{name}`:
 * - `topic`, `host` (the host's name), `duration` (e.g. `45 min`)
 * - `start`: the start in the host's zone, with the zone's name; `startUtc`: the same in UTC
 * - `when`: date, start and end time, UTC offset and zone, e.g. `Tuesday, 25 November 2025,
 *   10:00–11:00 (UTC+01:00) Europe/Berlin`
 * - `link` (the join link), `number` (the meeting number in groups), `password`
 * - `personalRoom`: the host's Personal Room address, where the site gives one
 */
export const INVITATION_PLACEHOLDERS = [
  'topic',
  'host',
  'start',
  'startUtc',
  'when',
  'duration',
  'link',
  'number',
  'password',
  'personalRoom',
] as const;

export type InvitationPlaceholder = (typeof INVITATION_PLACEHOLDERS)[number];

/** Each placeholder's value; missing or empty means "not known": its lines are left out. */
export type InvitationValues = Partial<Record<InvitationPlaceholder, string>>;

/** Longest template kept (sync storage allows 8 KB an item; an invitation is far shorter). */
export const INVITATION_TEMPLATE_MAX_LENGTH = 4000;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

function isPlaceholder(name: string): name is InvitationPlaceholder {
  return (INVITATION_PLACEHOLDERS as readonly string[]).includes(name);
}

/** The names in braces that are not placeholders, in order of first use (e.g. `['topc']`). */
export function unknownPlaceholders(template: string): string[] {
  const names = Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!);
  return names.filter((name, i) => !isPlaceholder(name) && names.indexOf(name) === i);
}

/**
 * The invitation as plain text: each known `{placeholder}` replaced by its value (values are
 * inserted as they are, never read as placeholders themselves); a line holding a placeholder
 * with no value is dropped; unknown `{names}` stay as typed. Blank lines at the start and end,
 * and runs of blank lines left by dropped ones, are trimmed. Line ends come out as `\n`.
 */
export function renderInvitationTemplate(template: string, values: InvitationValues): string {
  const kept: string[] = [];
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    const used = Array.from(line.matchAll(PLACEHOLDER), (match) => match[1]!).filter(isPlaceholder);
    if (used.some((name) => !values[name])) continue;
    const filled = line.replace(PLACEHOLDER, (whole, name: string) =>
      isPlaceholder(name) ? values[name]! : whole,
    );
    if (filled.trim() === '' && (kept.length === 0 || kept[kept.length - 1]!.trim() === '')) {
      continue;
    }
    kept.push(filled.trimEnd());
  }
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  return kept.join('\n');
}

/**
 * The default template, in the UI language (`meetings.invitation.template` in locales/*.yml).
 * Its placeholders are handed back to themselves, so the text keeps them for rendering.
 */
export function defaultInvitationTemplate(): string {
  return t('meetings.invitation.template', {
    host: '{host}',
    topic: '{topic}',
    when: '{when}',
    link: '{link}',
    number: '{number}',
    password: '{password}',
  });
}
