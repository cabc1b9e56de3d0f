import { describe, expect, test } from 'vitest';
import { parsedLocale, SHIPPED_LOCALES } from '../../support/locales';

type Parsed = Awaited<ReturnType<typeof parsedLocale>>;

/** Each key's texts (one, or a plural's forms) as written in the locale file. */
function textsByKey(parsed: Parsed): Map<string, string[]> {
  return new Map(
    parsed
      .filter((entry) => entry.type !== 'chrome')
      .map((entry) => [
        entry.key.join('.'),
        entry.type === 'plural' ? Object.values(entry.plurals) : [entry.message],
      ]),
  );
}

/** What a translation must keep: `$1`..`$9` and `{name}` placeholders, as a sorted set. */
function placeholders(text: string): string[] {
  const found = text.replace(/\$\$/g, '').match(/\$[1-9]|\{[A-Za-z]\w*\}/g) ?? [];
  return [...new Set(found)].sort();
}

const english = textsByKey(await parsedLocale('en'));
const others = SHIPPED_LOCALES.filter((locale) => locale !== 'en');

describe('locale files', () => {
  test('English has no empty text', () => {
    const empty = [...english].filter(([, texts]) => texts.some((text) => !text.trim()));
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  describe.each(others)('%s', async (locale) => {
    const translated = textsByKey(await parsedLocale(locale));

    test('has every English key, and no other', () => {
      const missing = [...english.keys()].filter((key) => !translated.has(key));
      const extra = [...translated.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    test('keeps each text’s placeholders and plural forms', () => {
      const differing = [...english].flatMap(([key, texts]) => {
        const theirs = translated.get(key);
        if (!theirs) return [];
        const same =
          theirs.length === texts.length &&
          texts.every((text, i) => placeholders(text).join() === placeholders(theirs[i]!).join());
        return same ? [] : [key];
      });
      expect(differing).toEqual([]);
    });

    test('has no empty text', () => {
      const empty = [...translated].filter(([, texts]) => texts.some((text) => !text.trim()));
      expect(empty.map(([key]) => key)).toEqual([]);
    });
  });
});
