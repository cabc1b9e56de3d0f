import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface DeleteConfirmProps {
  topic: string;
  deleting: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** An in-popup question (window.confirm would close a popup): Keep has the focus, Escape keeps. */
export function DeleteConfirm({ topic, deleting, onConfirm, onCancel }: DeleteConfirmProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="group"
      aria-label={t('recent.confirm.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !deleting) onCancel();
      }}
    >
      <p>{t('recent.confirm.question', { topic })}</p>
      <div class="actions">
        <button type="button" class="button danger" onClick={onConfirm} disabled={deleting}>
          {deleting ? t('recent.confirm.deleting') : t('recent.confirm.deleteMeeting')}
        </button>
        <button
          type="button"
          class="button secondary"
          ref={keep}
          onClick={onCancel}
          disabled={deleting}
        >
          {t('recent.confirm.keep')}
        </button>
      </div>
    </div>
  );
}
