import type { PanelStatus } from '../../lib/explainer/panel-runner';
import { LinkedText } from '../LinkedText';

/** Outcome of the last action ("Copied", "Couldn't start ..."), announced politely. */
export function StatusMessage({ status }: { status?: PanelStatus }) {
  return (
    <p class={['status', status?.tone ?? ''].join(' ')} role="status" aria-live="polite">
      {status && <LinkedText text={status.message} />}
    </p>
  );
}
