import { t } from '../../lib/i18n';
import { slots, withParts } from '../text-parts';

interface ShortcutSectionProps {
  /** The key the browser assigned to opening the popup; empty when none is set. */
  shortcut: string | undefined;
}

export function ShortcutSection({ shortcut }: ShortcutSectionProps) {
  return (
    <section class="options-section" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('options.shortcut.heading')}</h2>
      <p>
        {shortcut
          ? withParts(t('options.shortcut.press', slots('shortcut')), {
              shortcut: <kbd>{shortcut}</kbd>,
            })
          : t('options.shortcut.none')}
      </p>
      <p class="account-hint">{t('options.shortcut.howToChange')}</p>
    </section>
  );
}
