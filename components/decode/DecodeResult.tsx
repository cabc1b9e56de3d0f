import type { ExplainedText } from '../../lib/explainer/explained-text';
import { ExplanationText } from '../explainer/ExplanationText';

/** The explanation of the pasted text; announced when it changes. */
export function DecodeResult({ explained }: { explained?: ExplainedText }) {
  return (
    <div class="decode-result" aria-live="polite">
      {explained && (
        <div class={['decode-card', explained.tone].join(' ')}>
          <ExplanationText text={explained} level={3} headingId="decode-headline" />
        </div>
      )}
    </div>
  );
}
