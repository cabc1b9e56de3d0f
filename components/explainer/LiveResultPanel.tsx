import { useState } from 'preact/hooks';
import type { ExplainedText } from '../../lib/explainer/explained-text';
import { offeredActions } from '../../lib/explainer/panel-actions';
import { t } from '../../lib/i18n';
import type { ActionId } from '../../lib/webex/rs-catalogue';
import { ResultPanel } from './ResultPanel';
import { useMeetingOffer, type MeetingCheck } from './use-meeting-offer';
import type { PanelStatus } from '../../lib/explainer/panel-runner';

interface Props {
  text: ExplainedText;
  actions: readonly ActionId[];
  /** Carries out an action; resolves to what to tell the host, if anything. */
  run(action: ActionId): Promise<PanelStatus | undefined>;
  /** The result's meeting, checked by the background before Start is offered. */
  meeting?: MeetingCheck;
}

/** The panel with its state: one action at a time, and its outcome shown below the buttons. */
export function LiveResultPanel({ text, actions, run, meeting }: Props) {
  const [busy, setBusy] = useState<ActionId>();
  const [status, setStatus] = useState<PanelStatus>();
  const offer = useMeetingOffer(meeting);

  const onAction = async (action: ActionId, event: Event) => {
    // Only the host acts: a page script clicking the buttons (untrusted events) does nothing.
    if (!event.isTrusted || busy !== undefined) return;
    setBusy(action);
    try {
      setStatus(await run(action));
    } catch {
      setStatus({ tone: 'error', message: t('panel.status.noAnswer') });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <ResultPanel
      text={text}
      actions={offeredActions(actions, offer)}
      offer={offer}
      busy={busy}
      status={status}
      onAction={onAction}
    />
  );
}
