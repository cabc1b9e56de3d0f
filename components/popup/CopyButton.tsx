import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { usePopupEnv } from './popup-env';

interface CopyButtonProps {
  label: string;
  /** The text, or a way to get it (e.g. after fetching a join link); undefined: the caller says why not. */
  text: string | (() => Promise<string | undefined>);
  class?: string;
  /** The accessible name while idle, when the visible label is short (e.g. "Copy meeting number" for "Copy"). */
  name?: string;
}

type CopyState = 'idle' | 'copying' | 'copied' | 'failed';

/** Copies and says so for a moment; a failure says what to do instead. */
export function CopyButton({
  label,
  text,
  class: className = 'button secondary',
  name,
}: CopyButtonProps) {
  const { copyText } = usePopupEnv();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    setState('copying');
    const value = typeof text === 'string' ? text : await text();
    if (value === undefined) {
      setState('idle');
      return;
    }
    try {
      await copyText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  const shown = {
    idle: label,
    copying: t('popup.copy.copying'),
    copied: t('popup.copy.copied'),
    failed: t('popup.copy.failed'),
  }[state];
  return (
    <>
      <button
        type="button"
        class={className}
        aria-label={state === 'idle' ? name : undefined}
        onClick={copy}
        disabled={state === 'copying'}
      >
        {shown}
      </button>
      {state === 'failed' && (
        <span class="field-error" role="alert">
          {t('popup.copy.refused')}
        </span>
      )}
      <span class="visually-hidden" aria-live="polite">
        {state === 'copied' ? t('popup.copy.announced', { label: name ?? label }) : ''}
      </span>
    </>
  );
}
