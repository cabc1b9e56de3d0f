import { useRef, useState } from 'preact/hooks';
import { decodeInput } from '../lib/explainer/decode/decode-input';
import { t } from '../lib/i18n';
import type { ExplainedText } from '../lib/explainer/explained-text';
import type { WebExSite } from '../lib/webex/types';
import { DecodeResult } from './decode/DecodeResult';
import './decode/decode-view.css';

const INPUT_ID = 'decode-input';
const HINT_ID = 'decode-input-hint';

/**
 * Paste a WebEx back URL or an XML API response and read what it means: the same
 * explanations as the in-page panel (RS codes) and the exceptionID catalogue for XML, with the
 * panel's next steps that make sense here. `site` is the signed-in site, if any.
 */
export function DecodeView({ site }: { site?: WebExSite }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [explained, setExplained] = useState<ExplainedText>();
  const [empty, setEmpty] = useState(false);

  const explain = (value: string) => {
    const result = decodeInput(value);
    setEmpty(result === undefined);
    setExplained(result);
  };
  const onInput = (event: Event) => {
    const field = event.currentTarget as HTMLTextAreaElement;
    setText(field.value);
    setEmpty(false);
    // A paste is a complete answer: explain it at once; typing waits for the button.
    if ((event as InputEvent).inputType === 'insertFromPaste') explain(field.value);
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    explain(text);
  };
  const clear = () => {
    setText('');
    setEmpty(false);
    setExplained(undefined);
    // The Clear button is disabled now: focus goes back to the box, not to the page body.
    field.current?.focus();
  };
  // Ctrl+Enter (Cmd+Enter on a Mac) explains without leaving the box; Enter alone is a new line.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      explain(text);
    }
  };

  return (
    <section class="decode-view" aria-labelledby="decode-title">
      <h2 id="decode-title" class="decode-title">
        {t('decode.title')}
      </h2>
      <form onSubmit={onSubmit}>
        <label for={INPUT_ID}>{t('decode.input')}</label>
        <textarea
          id={INPUT_ID}
          ref={field}
          rows={5}
          spellcheck={false}
          autocomplete="off"
          aria-describedby={HINT_ID}
          value={text}
          onInput={onInput}
          onKeyDown={onKeyDown}
        />
        <p id={HINT_ID} class="hint">
          {t('decode.inputHint')}
        </p>
        <div class="decode-actions">
          <button type="submit" class="button primary">
            {t('decode.explain')}
          </button>
          <button type="button" class="button" onClick={clear} disabled={text === '' && !explained}>
            {t('decode.clear')}
          </button>
        </div>
        {empty && (
          <p class="notice" role="status">
            {t('decode.empty')}
          </p>
        )}
      </form>
      <DecodeResult explained={explained} site={site} />
    </section>
  );
}
