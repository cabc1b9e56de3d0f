import type { ExplainedText } from '../../lib/explainer/explained-text';
import { t } from '../../lib/i18n';
import type { ActionId } from '../../lib/webex/rs-catalogue';
import { ActionBar } from './ActionBar';
import { ExplanationText } from './ExplanationText';
import type { MeetingOffer } from '../../lib/explainer/meeting-offer';
import { MeetingOfferText } from './MeetingOfferText';
import type { PanelStatus } from '../../lib/explainer/panel-runner';
import { StatusMessage } from './StatusMessage';

interface Props {
  text: ExplainedText;
  actions: readonly ActionId[];
  /** What the extension knows about the result's meeting, shown just above the buttons. */
  offer?: MeetingOffer;
  busy?: ActionId;
  status?: PanelStatus;
  onAction(action: ActionId, event: MouseEvent | KeyboardEvent): void;
}

const HEADING_ID = 'webex-result-headline';

/** The in-page explanation of a WebEx back-URL result. Escape dismisses it. */
export function ResultPanel({ text, actions, offer, busy, status, onAction }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && actions.includes('dismiss')) onAction('dismiss', event);
  };
  return (
    <section
      class={['panel', text.tone].join(' ')}
      aria-labelledby={HEADING_ID}
      onKeyDown={onKeyDown}
    >
      <p class="brand">{t('panel.brand')}</p>
      <ExplanationText text={text} level={2} headingId={HEADING_ID} />
      <MeetingOfferText offer={offer} />
      <ActionBar actions={actions} busy={busy} onAction={onAction} />
      <StatusMessage status={status} />
    </section>
  );
}
