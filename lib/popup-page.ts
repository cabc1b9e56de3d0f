import type { Theme } from './storage';

/** The popup as the manifest names it: what a signed-out host (or a fresh browser) opens. */
export const POPUP_PAGE = 'popup.html';

/** The themes a shell page is built in: `data-theme` on `<html>`, as lib/apply-theme.ts sets it. */
export const SHELL_THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/**
 * A popup page with the schedule form's first field already in its HTML (the shell,
 * entrypoints/popup/shell.html) in the messages of `locale` (`app.locale`: en, de, ja) and in
 * `theme`, so it shows in the host's language and colours before any script runs. Built from
 * popup.html by scripts/build/popup-shell-pages.ts for every locale and theme; the same
 * script runs in all of them. E.g. `popup-schedule.de.dark.html`.
 */
export function popupShellPage(locale: string, theme: Theme): string {
  return `popup-schedule.${locale}${theme === 'system' ? '' : `.${theme}`}.html`;
}

/**
 * The page the toolbar button opens (`action.setPopup`'s `popup`, a path in the extension):
 * a signed-in host's opens on the form's shell, in the extension's language (`locale`, the
 * messages' `app.locale`) and theme; anyone else's is the plain popup.
 */
export function popupPageFor(state: { signedIn: boolean; theme: Theme; locale: string }): string {
  return state.signedIn ? popupShellPage(state.locale, state.theme) : POPUP_PAGE;
}
