import { t } from '../../lib/i18n';
import type { Theme } from '../../lib/storage';

const THEMES: ReadonlyArray<{ value: Theme; label: `options.theme.${Theme}` }> = [
  { value: 'system', label: 'options.theme.system' },
  { value: 'light', label: 'options.theme.light' },
  { value: 'dark', label: 'options.theme.dark' },
];

interface ThemeSectionProps {
  theme: Theme;
  onChange(theme: Theme): void;
}

export function ThemeSection({ theme, onChange }: ThemeSectionProps) {
  return (
    <section class="options-section" aria-labelledby="theme-heading">
      <h2 id="theme-heading">{t('options.theme.heading')}</h2>
      <fieldset class="options-choices">
        <legend>{t('options.theme.legend')}</legend>
        {THEMES.map((choice) => (
          <label key={choice.value} class="options-choice">
            <input
              type="radio"
              name="theme"
              value={choice.value}
              checked={theme === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {t(choice.label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
