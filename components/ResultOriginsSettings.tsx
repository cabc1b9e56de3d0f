import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseOriginInput } from '../lib/explainer/origin-input';
import type { ResultOriginStatus } from '../lib/explainer/result-origins';
import { resultOriginsApi, type ResultOriginsApi } from '../lib/explainer/result-origins-client';
import { OriginList } from './explainer/OriginList';
import './explainer/result-origins.css';

const INPUT_ID = 'result-origin-input';

/**
 * Options section: pages besides WebEx where back-URL results are explained (an intranet page,
 * a learning platform). Each one is a permission the host grants here and can take back.
 */
export function ResultOriginsSettings({ api: givenApi }: { api?: ResultOriginsApi }) {
  const api = useMemo(() => givenApi ?? resultOriginsApi(browser), [givenApi]);
  const [origins, setOrigins] = useState<ResultOriginStatus[]>([]);
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const refresh = () =>
    api
      .list()
      .then(setOrigins, () => setProblem('Could not read the added pages. Reload this page.'));
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
    setNotice(`Asking your browser for access to ${parsed.origin}…`);
    api.add(parsed.origin, parsed.matchPattern).then(
      (outcome) => {
        if (outcome === 'denied') {
          setNotice(undefined);
          setProblem(
            `The browser did not grant access to ${parsed.origin}, so results there stay unexplained. Add it again and choose Allow.`,
          );
          return;
        }
        setInput('');
        setNotice(`Results on ${parsed.origin} will be explained from the next page load.`);
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
        setNotice(
          `Results on ${origin} are no longer explained, and its permission was given back.`,
        );
        void refresh();
      },
      () => setProblem(`Could not remove ${origin}. Reload this page and try again.`),
    );
  };

  return (
    <section class="result-origins" aria-labelledby="result-origins-title">
      <h2 id="result-origins-title">Explain WebEx results on other pages</h2>
      <p class="hint">
        WebEx pages are always covered. If WebEx sends you back to another page (an intranet page, a
        learning platform), add it here: your browser asks you to allow the extension on that site.
      </p>
      <form class="origin-form" onSubmit={onSubmit} noValidate>
        <label for={INPUT_ID}>Page address</label>
        <div class="origin-row">
          <input
            id={INPUT_ID}
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="https://intranet.example.com/landing.html"
            value={input}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'result-origin-problem' : undefined}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" class="button primary">
            Add
          </button>
        </div>
      </form>
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
