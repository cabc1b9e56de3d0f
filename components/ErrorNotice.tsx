import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorDetailsLines } from '../lib/error-details';
import { t } from '../lib/i18n';
import type { WebExErrorInfo } from '../lib/webex/errors';
import { LinkedText } from './LinkedText';

// The account forms (popup and options page) and the popup's own views style notices apart.
const CLASSES = {
  account: {
    box: 'account-notice',
    title: 'account-notice-title',
    detail: 'account-notice-detail',
  },
  popup: { box: 'notice error-notice', title: 'notice-title', detail: 'notice-detail' },
};

interface ErrorNoticeProps {
  error: WebExErrorInfo;
  /** Which style sheet's classes: components/styles/account-forms.css, or the popup's (default). */
  variant?: keyof typeof CLASSES;
  /** A sentence specific to this screen, shown before the catalogue's explanation. */
  lead?: string;
  /** Replaces the catalogue's general meaning when the screen can say it about this case. */
  meaning?: string;
  /** Buttons for the next step. */
  children?: ComponentChildren;
}

/** What went wrong, what it means and what to do, from the catalogue; WebEx's own words below. */
export function ErrorNotice({
  error,
  variant = 'popup',
  lead,
  meaning,
  children,
}: ErrorNoticeProps) {
  const box = useRef<HTMLDivElement>(null);
  // Focus moves here so keyboard and screen-reader users meet the message first.
  useEffect(() => box.current?.focus(), [error]);
  const classes = CLASSES[variant];
  const { title, action } = error.explanation;
  const code = error.exceptionId ?? (error.httpStatus ? `HTTP ${error.httpStatus}` : undefined);
  // WebEx's own words (text, never markup), for the host who reports the problem.
  // An unknown code's title already is WebEx's sentence (lib/webex/exception-catalogue.ts).
  const reasonInTitle = error.reason !== undefined && title.includes(error.reason.trim());
  // Webex's REST descriptions, each as it sent it (they replace the joined reason).
  const restErrors = error.restErrors?.filter((text) => !title.includes(text.trim())) ?? [];
  const detail =
    error.reason && !reasonInTitle && !error.restErrors?.length
      ? code
        ? t('common.error.webExSaidCode', { reason: error.reason, code })
        : t('common.error.webExSaid', { reason: error.reason })
      : code && !title.includes(code) && t('common.error.code', { code });
  return (
    <div
      class={classes.box}
      role="alert"
      tabIndex={-1}
      ref={box}
      data-error-kind={error.kind}
      data-error-code={error.exceptionId}
    >
      <p class={classes.title}>{title}</p>
      {lead && (
        <p>
          <LinkedText text={lead} />
        </p>
      )}
      <p>
        <LinkedText text={meaning ?? error.explanation.meaning} />
      </p>
      <p>
        <strong>{t('common.error.whatToDo')} </strong>
        <LinkedText text={action} />
      </p>
      {children && <div class="actions">{children}</div>}
      {detail && <p class={classes.detail}>{detail}</p>}
      {restErrors.map((description) => (
        <p class={classes.detail} key={description}>
          {t('common.error.restSaid', { description })}
        </p>
      ))}
      {error.trackingId && (
        <p class={classes.detail}>
          {t('common.error.trackingId', { trackingId: error.trackingId })}
        </p>
      )}
      {error.trackingId && <CopyDetails error={error} />}
    </div>
  );
}

/** Copies the notice's details, tracking ID included, for a support request. */
function CopyDetails({ error }: { error: WebExErrorInfo }) {
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const copy = () =>
    navigator.clipboard.writeText(errorDetailsLines(error).join('\n')).then(
      () => setState('copied'),
      () => setState('refused'),
    );
  return (
    <p>
      <button type="button" class="link-button copy-details" onClick={() => void copy()}>
        {t('common.error.copyDetails')}
      </button>{' '}
      <span aria-live="polite">
        {state === 'copied' && t('common.error.detailsCopied')}
        {state === 'refused' && t('common.error.copyRefused')}
      </span>
    </p>
  );
}
