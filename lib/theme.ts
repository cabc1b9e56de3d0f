import { settingsItem, type Settings, type Theme } from './storage';

/** `system` leaves the choice to prefers-color-scheme (components/styles/base.css). */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

interface WatchedSettings {
  getValue(): Promise<Settings>;
  watch(callback: (settings: Settings) => void): () => void;
}

/** Applies the theme whenever the setting changes (in any page); returns the unwatch. */
export function watchThemeSetting(
  root: HTMLElement,
  settings: Pick<WatchedSettings, 'watch'> = settingsItem,
): () => void {
  return settings.watch((value) => applyTheme(root, value.theme));
}

/** Applies the theme setting now and whenever it changes (in any page); returns the unwatch. */
export function followThemeSetting(
  root: HTMLElement,
  settings: WatchedSettings = settingsItem,
): () => void {
  let changed = false;
  const unwatch = watchThemeSetting(root, {
    watch: (callback) =>
      settings.watch((value) => {
        changed = true;
        callback(value);
      }),
  });
  void settings.getValue().then((value) => {
    if (!changed) applyTheme(root, value.theme);
  });
  return unwatch;
}
