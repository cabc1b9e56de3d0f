import { applyTheme } from './apply-theme';
import { settingsItem, type Settings } from './storage';

// Its own module so that the popup's first paint applies the theme without loading storage.
export { applyTheme };

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
