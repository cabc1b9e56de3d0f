import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { sampleInvitationText } from '../../lib/meetings/invitation';
import {
  defaultInvitationTemplate,
  INVITATION_PLACEHOLDERS,
  INVITATION_TEMPLATE_MAX_LENGTH,
  unknownPlaceholders,
} from '../../lib/meetings/invitation-template';

/** Where the template is kept (sync storage; null: the default in the UI language). */
export interface InvitationTemplateApi {
  get(): Promise<string | null>;
  set(template: string | null): Promise<void>;
}

interface InvitationTemplateSectionProps {
  api: InvitationTemplateApi;
  now(): number;
  timeZone: string;
}

const TEXT_ID = 'invitation-template';
const PLACEHOLDER_TOKEN = /(\{[A-Za-z0-9_]+\})/;

/** The preview's text, with each name in braces that is no placeholder marked. */
function markedPreview(text: string, unknown: readonly string[]) {
  return text
    .split(PLACEHOLDER_TOKEN)
    .map((part, i) =>
      unknown.includes(part.slice(1, -1)) && PLACEHOLDER_TOKEN.test(part) ? (
        <mark key={i}>{part}</mark>
      ) : (
        part
      ),
    );
}

/** The text "Copy invitation" copies: edited, previewed with a sample meeting, reset. */
export function InvitationTemplateSection({ api, now, timeZone }: InvitationTemplateSectionProps) {
  const [text, setText] = useState(defaultInvitationTemplate);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void api.get().then((stored) => {
      if (stored) setText(stored);
    });
  }, []);

  function store(template: string | null, done: string) {
    setStatus('');
    void api.set(template).then(
      () => setStatus(done),
      () => setStatus(t('options.invitation.notSaved')),
    );
  }

  function save() {
    const isDefault = text.trim() === '' || text === defaultInvitationTemplate();
    store(isDefault ? null : text, t('options.invitation.saved'));
  }

  function reset() {
    setText(defaultInvitationTemplate());
    store(null, t('options.invitation.resetDone'));
  }

  const unknown = unknownPlaceholders(text);
  const preview = sampleInvitationText(text.trim() === '' ? defaultInvitationTemplate() : text, {
    now: now(),
    timeZone,
    topic: t('options.invitation.sampleTopic'),
    hostName: t('options.invitation.sampleHost'),
  });
  return (
    <section class="options-section" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">{t('options.invitation.heading')}</h2>
      <p class="options-muted">{t('options.invitation.intro')}</p>
      <div class="account-field">
        <label for={TEXT_ID}>{t('options.invitation.label')}</label>
        <textarea
          id={TEXT_ID}
          rows={8}
          maxLength={INVITATION_TEMPLATE_MAX_LENGTH}
          value={text}
          spellcheck={false}
          aria-describedby="invitation-placeholders"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id="invitation-placeholders" class="account-hint">
          {t('options.invitation.placeholders')}{' '}
          {INVITATION_PLACEHOLDERS.map((name) => (
            <code key={name}>{`{${name}}`} </code>
          ))}
        </p>
      </div>
      <div class="options-actions">
        <button type="button" class="account-button primary" onClick={save}>
          {t('options.invitation.save')}
        </button>
        <button type="button" class="account-button" onClick={reset}>
          {t('options.invitation.reset')}
        </button>
      </div>
      <p class="options-status" role="status">
        {status}
      </p>
      <h3 class="options-subheading">{t('options.invitation.preview')}</h3>
      {unknown.length > 0 && (
        <p class="options-field-error" aria-live="polite">
          {t('options.invitation.unknown', { names: unknown.map((n) => `{${n}}`).join(', ') })}
        </p>
      )}
      <pre class="invitation-preview" data-testid="invitation-preview">
        {markedPreview(preview, unknown)}
      </pre>
    </section>
  );
}
