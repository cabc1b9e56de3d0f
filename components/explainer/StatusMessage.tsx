import type { PanelStatus } from '../../lib/explainer/panel-runner';

/** Outcome of the last action ("Copied", "Couldn't start ..."), announced politely. */
export function StatusMessage({ status }: { status?: PanelStatus }) {
  return (
    <p class={['status', status?.tone ?? ''].join(' ')} role="status" aria-live="polite">
      {status?.message ?? ''}
    </p>
  );
}
