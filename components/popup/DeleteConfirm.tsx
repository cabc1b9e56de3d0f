import { useEffect, useRef } from 'preact/hooks';

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
      aria-label="Confirm delete"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !deleting) onCancel();
      }}
    >
      <p>Delete “{topic}”? WebEx cancels it on the site; invitees can no longer join.</p>
      <div class="actions">
        <button type="button" class="button danger" onClick={onConfirm} disabled={deleting}>
          {deleting ? 'Deleting…' : 'Delete meeting'}
        </button>
        <button
          type="button"
          class="button secondary"
          ref={keep}
          onClick={onCancel}
          disabled={deleting}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}
