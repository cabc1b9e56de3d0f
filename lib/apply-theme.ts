import type { Theme } from './storage';

/** `system` leaves the choice to prefers-color-scheme (components/styles/base.css). */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}
