import { t } from '../i18n';
import { MEETING_PASSWORD_MIN_LENGTH } from './meeting-password';

// Its own module: the field's warnings load after the popup's first paint (a generated
// password has none).

/** Why a host-typed password may be refused by the site; empty when it looks fine. */
export function meetingPasswordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length === 0) return [t('meetings.password.empty')];
  if (password.length < MEETING_PASSWORD_MIN_LENGTH) {
    problems.push(t('meetings.password.tooShort', { min: MEETING_PASSWORD_MIN_LENGTH }));
  }
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    problems.push(t('meetings.password.lettersAndDigits'));
  }
  if (/\s/.test(password)) problems.push(t('meetings.password.noSpaces'));
  return problems;
}
