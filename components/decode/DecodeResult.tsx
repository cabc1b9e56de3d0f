import type { ExplainedText } from '../../lib/explainer/explained-text';
import type { WebExSite } from '../../lib/webex/types';
import { ExplanationText } from '../explainer/ExplanationText';
import { DecodeActions } from './DecodeActions';

/** The explanation of the pasted text (announced when it changes), then its next steps. */
export function DecodeResult({ explained, site }: { explained?: ExplainedText; site?: WebExSite }) {
  return (
    <>
      <div class="decode-result" aria-live="polite">
        {explained && (
          <div class={['decode-card', explained.tone].join(' ')}>
            <ExplanationText text={explained} level={3} headingId="decode-headline" />
          </div>
        )}
      </div>
      {/* Keyed on the explanation: a new paste starts without the last one's status. */}
      {explained && <DecodeActions key={explained} explained={explained} site={site} />}
    </>
  );
}
