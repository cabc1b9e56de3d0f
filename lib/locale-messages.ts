/** A locale's `_locales/<lang>/messages.json`: each key's message. */
export type LocaleMessages = Record<string, { message: string }>;

/**
 * `browser.i18n.getMessage`'s rules over one locale's messages: `$1`..`$9` replaced by the
 * substitutions, `$$` is a dollar sign, an unknown key gives ''.
 */
export function getLocaleMessage(
  messages: LocaleMessages,
  key: string,
  substitutions?: string | string[],
): string {
  const message = messages[key]?.message;
  if (message === undefined) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

/** The parts of `browser.i18n` and `browser.runtime` a page's messages come from. */
export interface MessagesEnv {
  i18n: {
    getMessage(key: string, substitutions?: string | string[]): string;
    getUILanguage(): string;
  };
  getURL(path: string): string;
  fetch(url: string): Promise<{ ok: boolean; json(): Promise<unknown> }>;
}

/** `_locales` folders to try for a UI language, best first: `de-AT` → de_AT, de, then en. */
export function localeFolders(uiLanguage: string): string[] {
  const [language = 'en', region] = uiLanguage.split(/[-_]/);
  const folders = [region ? `${language}_${region.toUpperCase()}` : '', language, 'en'];
  return [...new Set(folders.filter(Boolean))];
}

/**
 * Answers `i18n.getMessage` from `_locales/<lang>/messages.json`, read by the page itself, for
 * when the browser stops answering. Chromium caches an extension's messages per renderer
 * process, and a page can land in a process whose cache is empty (seen when an extension page
 * opens as others close): every key then gives ''. Resolves true once messages answer again.
 */
export async function recoverLocaleMessages(env: MessagesEnv): Promise<boolean> {
  for (const folder of localeFolders(env.i18n.getUILanguage())) {
    const response = await env
      .fetch(env.getURL(`/_locales/${folder}/messages.json`))
      .catch(() => undefined);
    if (!response?.ok) continue;
    const messages = (await response.json()) as LocaleMessages;
    env.i18n.getMessage = (key, substitutions) => getLocaleMessage(messages, key, substitutions);
    return true;
  }
  return false;
}
