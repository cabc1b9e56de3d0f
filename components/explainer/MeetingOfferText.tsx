import type { MeetingOffer } from '../../lib/explainer/meeting-offer';
import { LinkedText } from '../LinkedText';

/** What the extension knows about the result's meeting: the question before Start, or why not. */
export function MeetingOfferText({ offer }: { offer?: MeetingOffer }) {
  if (!offer) return null;
  return (
    <p class={['meeting-offer', offer.state].join(' ')} aria-live="polite">
      <LinkedText text={offer.message} />
    </p>
  );
}
