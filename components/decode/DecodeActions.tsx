import { useState } from 'preact/hooks';
import { decodeActions, runDecodeAction } from '../../lib/explainer/decode/decode-actions';
import type { ExplainedText } from '../../lib/explainer/explained-text';
import type { PanelStatus } from '../../lib/explainer/panel-runner';
import type { ActionId } from '../../lib/webex/rs-catalogue';
import type { WebExSite } from '../../lib/webex/types';
import { ActionBar } from '../explainer/ActionBar';
import { StatusMessage } from '../explainer/StatusMessage';
import { usePopupEnv } from '../popup/popup-env';

interface Props {
  explained: ExplainedText;
  /** The signed-in site, if any. */
  site?: WebExSite;
}

/** The in-page panel's next steps that make sense in the popup, and what each one did. */
export function DecodeActions({ explained, site }: Props) {
  const env = usePopupEnv();
  const [busy, setBusy] = useState<ActionId>();
  const [status, setStatus] = useState<PanelStatus>();
  const run = async (action: ActionId) => {
    if (busy !== undefined) return;
    setBusy(action);
    try {
      setStatus(await runDecodeAction(action, explained, { ...env, signedInSite: site }));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div class="decode-next">
      <ActionBar actions={decodeActions(explained, site)} busy={busy} onAction={run} />
      <StatusMessage status={status} />
    </div>
  );
}
