import { useEffect, useState } from 'preact/hooks';
import { parseOriginInput } from '../lib/explainer/origin-input';
import { t } from '../lib/i18n';
import type { ResultOriginStatus } from '../lib/explainer/result-origins';
import type { ResultOriginsApi } from '../lib/explainer/result-origins-client';
import { OriginList } from './explainer/OriginList';
import './explainer/result-origins.css';

const INPUT_ID = 'result-origin-input';
const HTTP_WARNING_ID = 'result-origin-http';

/**
 * Options section: pages besides WebEx where back-URL results are explained (an intranet page,
 * a learning platform). Each one is a permission the host grants here and can take back.
 */
export function ResultOriginsSettings({ api }: { api: ResultOriginsApi }) {
  const [origins, setOrigins] = useState<ResultOriginStatus[]>([]);
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();

  // Said while the host types, so it is read before the browser's permission prompt.
  const typed = parseOriginInput(input);
  const plainHttp = typed.ok && typed.plainHttp ? typed.origin : undefined;
  const describedBy = [problem && 'result-origin-problem', plainHttp && HTTP_WARNING_ID]
    .filter(Boolean)
    .join(' ');

  const refresh = () =>
    api.list().then(setOrigins, () => setProblem(t('options.resultOrigins.readFailed')));
  useEffect(() => void refresh(), [api]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setNotice(undefined);
    const parsed = parseOriginInput(input);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(undefined);
    setNotice(t('options.resultOrigins.asking', { origin: parsed.origin }));
    api.add(parsed.origin, parsed.matchPattern).then(
      (outcome) => {
        if (outcome === 'denied') {
          setNotice(undefined);
          setProblem(t('options.resultOrigins.denied', { origin: parsed.origin }));
          return;
        }
        setInput('');
        setNotice(t('options.resultOrigins.added', { origin: parsed.origin }));
        void refresh();
      },
      (error: unknown) => {
        setNotice(undefined);
        setProblem(error instanceof Error ? error.message : String(error));
      },
    );
  };

  const onRemove = (origin: string) => {
    setProblem(undefined);
    api.remove(origin).then(
      () => {
        setNotice(t('options.resultOrigins.removed', { origin }));
        void refresh();
      },
      () => setProblem(t('options.resultOrigins.removeFailed', { origin })),
    );
  };

  return (
    <section class="result-origins" aria-labelledby="result-origins-title">
      <h2 id="result-origins-title">{t('options.resultOrigins.heading')}</h2>
      <p class="hint">{t('options.resultOrigins.intro')}</p>
      <form class="origin-form" onSubmit={onSubmit} noValidate>
        <label for={INPUT_ID}>{t('options.resultOrigins.address')}</label>
        <div class="origin-row">
          <input
            id={INPUT_ID}
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder={t('options.resultOrigins.addressPlaceholder')}
            value={input}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={describedBy || undefined}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" class="button primary">
            {plainHttp ? t('options.resultOrigins.addAnyway') : t('options.resultOrigins.add')}
          </button>
        </div>
      </form>
      {plainHttp && (
        <p id={HTTP_WARNING_ID} class="origin-warning">
          {t('options.resultOrigins.plainHttp', { origin: plainHttp })}
        </p>
      )}
      {problem && (
        <p id="result-origin-problem" class="field-error" role="alert">
          {problem}
        </p>
      )}
      <p class="origin-notice" role="status">
        {notice ?? ''}
      </p>
      <OriginList origins={origins} onRemove={onRemove} />
    </section>
  );
}
