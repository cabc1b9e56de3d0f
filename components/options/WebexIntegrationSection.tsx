import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Reply, WebexIntegrationRequest, WebexIntegrationView } from '../../lib/messaging';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { ErrorNotice } from '../ErrorNotice';

/** What the section asks of the page: the background's two messages and the clipboard. */
export interface WebexIntegrationApi {
  get(): Promise<Reply<WebexIntegrationView>>;
  set(request: WebexIntegrationRequest): Promise<Reply<WebexIntegrationView>>;
  /** Copies text; false when the browser refused. */
  copy(text: string): Promise<boolean>;
}

function sourceText(view: WebexIntegrationView): string {
  if (view.source === 'managed') return t('options.webexIntegration.sourceManaged');
  if (view.source === 'options') return t('options.webexIntegration.sourceOptions');
  return t('options.webexIntegration.sourceBuild');
}

function InUse({ view }: { view: WebexIntegrationView }) {
  if (!view.clientId)
    return <p data-testid="integration-in-use">{t('options.webexIntegration.none')}</p>;
  return (
    <>
      <p data-testid="integration-in-use">
        {t('options.webexIntegration.inUse')} <code>{view.clientId}</code>{' '}
        <span data-testid="integration-source">({sourceText(view)})</span>
      </p>
      <p class="account-hint">
        {view.grant === 'code-pkce'
          ? t('options.webexIntegration.grantCode')
          : t('options.webexIntegration.grantImplicit')}
      </p>
    </>
  );
}

/**
 * Options section "Webex integration": the redirect URI to register for this browser (with a
 * copy button), the client ID in use and where it comes from, and fields to override the client
 * ID and secret. The secret is write-only: the page learns only whether one is set. Values an
 * administrator set are shown read-only.
 */
export function WebexIntegrationSection({ api }: { api: WebexIntegrationApi }) {
  const id = useId();
  const [view, setView] = useState<WebexIntegrationView>();
  const [clientId, setClientId] = useState('');
  const [secret, setSecret] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<WebExErrorInfo>();

  const show = (reply: Reply<WebexIntegrationView>, saved?: string) => {
    if (!reply.ok) return setError(reply.error);
    setError(undefined);
    setView(reply.value);
    setClientId(reply.value.source === 'options' ? (reply.value.clientId ?? '') : '');
    setSecret('');
    if (saved) setStatus(saved);
  };
  useEffect(() => void api.get().then((reply) => show(reply)), [api]);

  const save = (request: WebexIntegrationRequest, saved: string) => {
    setStatus('');
    void api.set(request).then((reply) => show(reply, saved));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    save(
      secret === '' ? { clientId } : { clientId, clientSecret: secret },
      t('options.webexIntegration.saved'),
    );
  };
  const copy = () =>
    void api
      .copy(view?.redirectUri ?? '')
      .then((done) =>
        setStatus(
          done ? t('options.webexIntegration.copied') : t('options.webexIntegration.notCopied'),
        ),
      );

  const managed = view?.source === 'managed';
  const ownSecret = view?.source === 'options' && view.hasSecret;
  return (
    <section
      id="webex-integration"
      class="options-section"
      aria-labelledby="webex-integration-heading"
    >
      <h2 id="webex-integration-heading">{t('options.webexIntegration.heading')}</h2>
      <p class="account-hint">{t('options.webexIntegration.intro')}</p>
      {view && (
        <>
          <div class="account-field">
            <span class="options-label" id={`${id}-redirect-label`}>
              {t('options.webexIntegration.redirectUri')}
            </span>
            <div class="account-actions">
              <code data-testid="redirect-uri" aria-labelledby={`${id}-redirect-label`}>
                {view.redirectUri}
              </code>
              <button type="button" class="account-button" onClick={copy}>
                {t('options.webexIntegration.copy')}
              </button>
            </div>
            <p class="account-hint">{t('options.webexIntegration.redirectHint')}</p>
          </div>
          <InUse view={view} />
          {managed ? (
            <p class="options-subpanel" data-testid="integration-managed">
              {view.hasSecret
                ? t('options.webexIntegration.managedWithSecret')
                : t('options.webexIntegration.managed')}
            </p>
          ) : (
            <form class="account-form" onSubmit={onSubmit}>
              <div class="account-field">
                <label for={`${id}-client`}>{t('options.webexIntegration.clientId')}</label>
                <input
                  id={`${id}-client`}
                  type="text"
                  value={clientId}
                  autocomplete="off"
                  spellcheck={false}
                  aria-describedby={`${id}-client-hint`}
                  onInput={(e) => setClientId(e.currentTarget.value)}
                />
                <p id={`${id}-client-hint`} class="account-hint">
                  {t('options.webexIntegration.clientIdHint')}
                </p>
              </div>
              <div class="account-field">
                <label for={`${id}-secret`}>{t('options.webexIntegration.clientSecret')}</label>
                <input
                  id={`${id}-secret`}
                  type="password"
                  value={secret}
                  autocomplete="off"
                  placeholder={ownSecret ? t('options.webexIntegration.secretSet') : ''}
                  aria-describedby={`${id}-secret-hint`}
                  onInput={(e) => setSecret(e.currentTarget.value)}
                />
                <p id={`${id}-secret-hint`} class="account-hint">
                  {ownSecret ? `${t('options.webexIntegration.secretIsSet')} ` : ''}
                  {t('options.webexIntegration.secretHint')}
                </p>
              </div>
              <div class="account-actions">
                <button type="submit" class="account-button primary">
                  {t('options.webexIntegration.save')}
                </button>
                {ownSecret && (
                  <button
                    type="button"
                    class="account-button"
                    onClick={() =>
                      save(
                        { clientId: view.clientId ?? '', clientSecret: '' },
                        t('options.webexIntegration.secretRemoved'),
                      )
                    }
                  >
                    {t('options.webexIntegration.removeSecret')}
                  </button>
                )}
              </div>
            </form>
          )}
        </>
      )}
      {error && <ErrorNotice error={error} variant="account" />}
      <p class="options-status" role="status">
        {status}
      </p>
    </section>
  );
}
