import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { POPUP_PAGE, popupShellPage, SHELL_THEMES } from '../../lib/popup-page';
import type { Theme } from '../../lib/storage';

/** A locale's messages as the build wrote them (`_locales/<locale>/messages.json`). */
export type BuiltMessages = Record<string, { message: string }>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The popup page with `shell` (entrypoints/popup/shell.html, comments dropped, each
 * `__MSG_name__` replaced by that message, escaped) as the body's first child, `lang` set to
 * the messages' `app_locale` and, for a forced theme, `data-theme` on `<html>`. Throws for a
 * page with no `<body>` or `<html lang="en">`, or a message the locale lacks: a build must not
 * ship a shell without its words.
 */
export function withShell(
  page: string,
  shell: string,
  messages: BuiltMessages,
  theme: Theme,
): string {
  const word = (name: string) => {
    const found = messages[name]?.message;
    if (found === undefined) throw new Error(`${POPUP_PAGE} shell: no message ${name}`);
    return escapeHtml(found);
  };
  const markup = shell
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/__MSG_(\w+?)__/g, (_, name: string) => word(name))
    .trim();
  if (!page.includes('<body>') || !page.includes('<html lang="en">')) {
    throw new Error(`${POPUP_PAGE}: no <body> or <html lang="en"> to put the shell in`);
  }
  const themed = theme === 'system' ? '' : ` data-theme="${theme}"`;
  return page
    .replace('<html lang="en">', `<html lang="${word('app_locale')}"${themed}>`)
    .replace('<body>', `<body>\n    ${markup}`);
}

/**
 * Writes the popup's shell pages (lib/popup-page.ts) beside popup.html in a finished build
 * (`outDir`), one per locale the build ships and theme, each built from popup.html: the same
 * scripts and styles, plus the form's first field in the HTML. WXT's `build:done` hook: WXT
 * maps every HTML file of Vite's bundle to an entrypoint, so pages made from another page's
 * output are written after it.
 */
export function writePopupShellPages(outDir: string, shellFile: string): void {
  const page = readFileSync(join(outDir, POPUP_PAGE), 'utf8');
  const shell = readFileSync(shellFile, 'utf8');
  for (const locale of readdirSync(join(outDir, '_locales'))) {
    const messagesFile = join(outDir, '_locales', locale, 'messages.json');
    const messages = JSON.parse(readFileSync(messagesFile, 'utf8')) as BuiltMessages;
    for (const theme of SHELL_THEMES) {
      const file = join(outDir, popupShellPage(locale, theme));
      writeFileSync(file, withShell(page, shell, messages, theme));
    }
  }
}
