import type { Theme } from '../../lib/storage';

const THEMES: ReadonlyArray<{ value: Theme; label: string }> = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

interface ThemeSectionProps {
  theme: Theme;
  onChange(theme: Theme): void;
}

export function ThemeSection({ theme, onChange }: ThemeSectionProps) {
  return (
    <section class="options-section" aria-labelledby="theme-heading">
      <h2 id="theme-heading">Appearance</h2>
      <fieldset class="options-choices">
        <legend>Theme for the popup and this page</legend>
        {THEMES.map((choice) => (
          <label key={choice.value} class="options-choice">
            <input
              type="radio"
              name="theme"
              value={choice.value}
              checked={theme === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
