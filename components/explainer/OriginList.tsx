import type { ResultOriginStatus } from '../../lib/explainer/result-origins';

interface Props {
  origins: readonly ResultOriginStatus[];
  onRemove(origin: string): void;
}

/** The added pages, each with its own Remove button. */
export function OriginList({ origins, onRemove }: Props) {
  if (origins.length === 0) return <p class="hint">No other pages added.</p>;
  return (
    <ul class="origin-list" aria-label="Pages where results are explained">
      {origins.map(({ origin, granted }) => (
        <li key={origin}>
          <span class="origin-name">{origin}</span>
          {!granted && (
            <span class="origin-missing"> (permission missing: remove and add it again)</span>
          )}
          <button
            type="button"
            class="button"
            aria-label={`Remove ${origin}`}
            onClick={() => onRemove(origin)}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
