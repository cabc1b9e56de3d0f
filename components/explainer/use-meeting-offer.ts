import { useEffect, useState } from 'preact/hooks';
import type { MeetingOffer } from '../../lib/explainer/meeting-offer';
import { t } from '../../lib/i18n';

/** A meeting check: what to say at first, and the background's word (lib/explainer/meeting-offer.ts). */
export interface MeetingCheck {
  initial: MeetingOffer;
  check(): Promise<MeetingOffer>;
}

/**
 * The offer to start a result's meeting as it stands: `initial` ("Asking WebEx…") until the
 * check answers, then ready or refused; a check that throws reads as "no answer". Undefined
 * without a check. Shared by the in-page panel and Decode.
 */
export function useMeetingOffer(meeting: MeetingCheck | undefined): MeetingOffer | undefined {
  const [offer, setOffer] = useState<MeetingOffer | undefined>(meeting?.initial);
  useEffect(() => {
    if (!meeting) return;
    meeting
      .check()
      .then(setOffer, () => setOffer({ state: 'refused', message: t('panel.status.noAnswer') }));
  }, [meeting]);
  return offer;
}
