import { useMemo, useState } from 'preact/hooks';
import {
  decodeActions,
  offeredDecodeActions,
  pastedMeeting,
  pastedMeetingCheck,
  runDecodeAction,
} from '../../lib/explainer/decode/decode-actions';
import type { ExplainedText } from '../../lib/explainer/explained-text';
import type { PanelStatus } from '../../lib/explainer/panel-runner';
import { t } from '../../lib/i18n';
import type { ActionId } from '../../lib/webex/rs-catalogue';
import type { WebExSite } from '../../lib/webex/types';
import { ActionBar } from '../explainer/ActionBar';
import { MeetingOfferText } from '../explainer/MeetingOfferText';
import { StatusMessage } from '../explainer/StatusMessage';
import { useMeetingOffer } from '../explainer/use-meeting-offer';
import { usePopupEnv } from '../popup/popup-env';

interface Props {
  explained: ExplainedText;
  /** The signed-in site, if any. */
  site?: WebExSite;
}

/**
 * The in-page panel's next steps that make sense in the popup, and what each one did. A result
 * naming a meeting is checked with the background first: Start shows once WebEx says the
 * meeting is the host's own, with its topic and start.
 */
export function DecodeActions({ explained, site }: Props) {
  const env = usePopupEnv();
  const [busy, setBusy] = useState<ActionId>();
  const [status, setStatus] = useState<PanelStatus>();
  const meetingCheck = useMemo(() => {
    const meeting = pastedMeeting(explained);
    if (!meeting) return undefined;
    return pastedMeetingCheck(
      meeting,
      (data) => env.send('describePastedMeeting', data),
      () => ({ now: env.now(), timeZone: env.timeZone }),
    );
  }, [explained, env]);
  const offer = useMeetingOffer(meetingCheck);

  const run = async (action: ActionId) => {
    if (busy !== undefined) return;
    setBusy(action);
    try {
      setStatus(
        await runDecodeAction(action, explained, {
          ...env,
          signedInSite: site,
          startMeeting: (data) => env.send('startPastedMeeting', data),
        }),
      );
    } catch {
      setStatus({ tone: 'error', message: t('panel.status.noAnswer') });
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div class="decode-next">
      <MeetingOfferText offer={offer} />
      <ActionBar
        actions={offeredDecodeActions(decodeActions(explained, site), offer)}
        busy={busy}
        onAction={run}
      />
      <StatusMessage status={status} />
    </div>
  );
}
