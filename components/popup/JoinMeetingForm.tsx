import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { joinProblemMessage, joinTargetUrl, parseJoinInput } from '../../lib/meetings/join-target';
import type { WebExSite } from '../../lib/webex/types';
import { describedBy, Field } from './Field';
import { usePopupEnv } from './popup-env';

interface JoinMeetingFormProps {
  /** The signed-in site: a bare meeting number is joined there. */
  site: WebExSite;
}

const INPUT_ID = 'join-meeting-input';

/**
 * "Join a meeting": a meeting number or a WebEx meeting link, opened in a new tab. What is
 * wrong shows once the host leaves the field, pastes or submits, then follows the typing.
 */
export function JoinMeetingForm({ site }: JoinMeetingFormProps) {
  const env = usePopupEnv();
  const [text, setText] = useState('');
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<string>();
  const parsed = parseJoinInput(text);
  let problem = failure;
  if (!problem && !parsed.ok && checking) problem = joinProblemMessage(parsed.problem);
  const note = parsed.ok && parsed.passwordRemoved ? t('meetings.join.passwordRemoved') : undefined;
  const hint = note ?? t('recent.join.hint');

  async function submit(event: Event) {
    event.preventDefault();
    setChecking(true);
    setFailure(undefined);
    if (!parsed.ok) return;
    let url: string;
    try {
      url = joinTargetUrl(parsed.target, site);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    await env.openTab(url);
  }

  return (
    <form class="join-form" noValidate onSubmit={submit}>
      <Field id={INPUT_ID} label={t('recent.join.label')} hint={hint} problem={problem}>
        <div class="input-with-button">
          <input
            id={INPUT_ID}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={problem !== undefined}
            aria-describedby={describedBy(INPUT_ID, hint, problem)}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setFailure(undefined);
            }}
            onPaste={() => setChecking(true)}
            onBlur={() => setChecking(text.trim() !== '')}
          />
          <button type="submit" class="button secondary">
            {t('recent.join.submit')}
          </button>
        </div>
      </Field>
    </form>
  );
}
