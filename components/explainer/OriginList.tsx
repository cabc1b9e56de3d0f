import type { ResultOriginStatus } from '../../lib/explainer/result-origins';
import { t } from '../../lib/i18n';

interface Props {
  origins: readonly ResultOriginStatus[];
  onRemove(origin: string): void;
}

/** The added pages, each with its own Remove button. */
export function OriginList({ origins, onRemove }: Props) {
  if (origins.length === 0) return <p class="hint">{t('options.resultOrigins.none')}</p>;
  return (
    <ul class="origin-list" aria-label={t('options.resultOrigins.listLabel')}>
      {origins.map(({ origin, granted }) => (
        <li key={origin}>
          <span class="origin-name">{origin}</span>
          {!granted && (
            <span class="origin-missing"> {t('options.resultOrigins.permissionMissing')}</span>
          )}
          <button
            type="button"
            class="button"
            aria-label={t('options.resultOrigins.removeLabel', { origin })}
            onClick={() => onRemove(origin)}
          >
            {t('options.resultOrigins.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
