import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { popupShell, SHELL_ID, SHELL_TOPIC_ID } from '../../../lib/popup-shell';
import { withShell, type BuiltMessages } from '../../../scripts/build/popup-shell-pages';
import { parsedLocale, SHIPPED_LOCALES } from '../../support/locales';

const ROOT = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** A page with the shell, its Topic holding `typed`. */
function page(typed: string) {
  const elements = new Map<string, HTMLElement>();
  const shell = {
    remove: vi.fn(() => elements.delete(SHELL_ID) && elements.delete(SHELL_TOPIC_ID)),
  };
  elements.set(SHELL_ID, shell as unknown as HTMLElement);
  elements.set(SHELL_TOPIC_ID, { value: typed } as HTMLInputElement);
  return { doc: { getElementById: (id: string) => elements.get(id) ?? null }, shell };
}

describe('the popup shell hand-over', () => {
  it('gives what was typed, then removes the shell', () => {
    const { doc, shell } = page('Budget rev');
    const handle = popupShell(doc);
    expect(handle.typedTopic()).toBe('Budget rev');
    handle.handOver();
    expect(shell.remove).toHaveBeenCalledOnce();
    // Gone: "Schedule another" starts from the default topic again.
    expect(handle.typedTopic()).toBe('');
    handle.handOver();
    expect(shell.remove).toHaveBeenCalledOnce();
  });

  it('does nothing on a page without a shell', () => {
    const doc = { getElementById: () => null };
    expect(popupShell(doc).typedTopic()).toBe('');
    expect(() => popupShell(doc).handOver()).not.toThrow();
  });
});

describe('the shell pages', () => {
  const shell = read('entrypoints/popup/shell.html');
  const built = `<!doctype html>\n<html lang="en">\n  <head></head>\n  <body>\n    <div id="app"></div>\n  </body>\n</html>`;

  /** A shipped locale's messages as the build writes them (`app.name` is `app_name`). */
  async function builtMessages(locale: (typeof SHIPPED_LOCALES)[number]): Promise<BuiltMessages> {
    const entries = (await parsedLocale(locale)).filter((entry) => entry.type !== 'chrome');
    return Object.fromEntries(
      entries.map((entry) => [
        entry.key.join('_'),
        { message: 'message' in entry ? String(entry.message) : '' },
      ]),
    );
  }

  it("put the shell before the app, in the locale's words and language, a forced theme on <html>", async () => {
    const de = await builtMessages('de');
    const dark = withShell(built, shell, de, 'dark');
    expect(dark).toContain('<html lang="de" data-theme="dark">');
    expect(dark.indexOf(`id="${SHELL_ID}"`)).toBeLessThan(dark.indexOf('id="app"'));
    expect(dark).toContain(
      `<label for="${SHELL_TOPIC_ID}">${de.schedule_form_topic!.message}</label>`,
    );
    expect(dark).not.toMatch(/<!--|__MSG_/);
    expect(withShell(built, shell, de, 'system')).toContain('<html lang="de">');
    expect(() => withShell('<div></div>', shell, de, 'system')).toThrow(/no <body>/);
  });

  it('every shipped locale has every word the shell asks for', async () => {
    expect(() => withShell(built, shell, {}, 'system')).toThrow(/no message/);
    for (const locale of SHIPPED_LOCALES) {
      const page = withShell(built, shell, await builtMessages(locale), 'system');
      expect(page, locale).toContain(`<html lang="${locale}">`);
    }
  });

  it('a word is text, never markup', () => {
    const page = withShell(
      built,
      '<h1>__MSG_app_name__</h1>',
      {
        app_name: { message: '<img src=x onerror=alert(1)> & "Co"' },
        app_locale: { message: 'en' },
      },
      'system',
    );
    expect(page).toContain('<h1>&#60;img src=x onerror=alert(1)&#62; &#38; &#34;Co&#34;</h1>');
  });
});
