import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parsedLocale } from '../../support/locales';

// Each text is defined once and used by name: a key nobody asks for is a leftover.
const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const code = [...['lib', 'components', 'entrypoints'].flatMap(sources), 'wxt.config.ts']
  .map((path) => readFileSync(join(ROOT, path), 'utf8'))
  .join('\n');
/** Keys written out in full, `'area.key'`, or as the manifest's `__MSG_area_key__`. */
const named = new Set([
  ...[...code.matchAll(/['"`]([a-zA-Z][\w]*(?:\.[\w]+)+)['"`]/g)].map((match) => match[1]!),
  ...[...code.matchAll(/__MSG_(\w+?)__/g)].map((match) => match[1]!.replaceAll('_', '.')),
]);
/** Keys built from a code, `` `webex.exception.e${id}.title` ``: their fixed beginning. */
const built = [...code.matchAll(/`([a-zA-Z][\w]*(?:\.[\w]*)+)\$\{/g)].map((match) => match[1]!);

test('every English key is used by the extension', async () => {
  const keys = (await parsedLocale('en'))
    .filter((entry) => entry.type !== 'chrome')
    .map((entry) => entry.key.join('.'));
  const unused = keys.filter(
    (key) => !named.has(key) && !built.some((prefix) => key.startsWith(prefix)),
  );
  expect(unused).toEqual([]);
});
