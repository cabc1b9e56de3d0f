import { t } from '../i18n';

/** The topic the form starts with: "Alice's meeting", or a neutral one without a first name. */
export function defaultTopic(firstName: string | undefined): string {
  const name = firstName?.trim();
  return name ? t('meetings.defaultTopic.named', { name }) : t('meetings.defaultTopic.unnamed');
}
