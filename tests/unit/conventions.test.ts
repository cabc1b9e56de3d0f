import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// The project's own conventions (see ../shared/design.md, "Architecture"), enforced.
const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Modules a file imports for their code (`import type` carries no behaviour and is left out). */
function importsOf(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*import\s+(?!type\s)[^'"]*?['"]([^'"]+)['"]/g)].map(
    (match) => match[1]!,
  );
}

const lib = sourceFiles('lib');
const components = sourceFiles('components');
const entrypoints = sourceFiles('entrypoints');
const shipped = [...lib, ...components, ...entrypoints];

describe('project conventions', () => {
  test.each(components)('%s makes no direct WebEx or storage calls', (path) => {
    const banned = importsOf(path).filter((target) =>
      /lib\/webex\/xml|lib\/storage|wxt\/utils\/storage|lib\/background/.test(target),
    );
    expect(banned).toEqual([]);
  });

  test.each(lib)('%s does not depend on UI or entrypoints', (path) => {
    const banned = importsOf(path).filter((target) => /components\/|entrypoints\//.test(target));
    expect(banned).toEqual([]);
  });

  test.each(shipped)('%s does not import the test sandbox', (path) => {
    expect(importsOf(path).filter((target) => target.includes('sandbox'))).toEqual([]);
  });

  test('every stored item is defined once, in lib/storage.ts', () => {
    const definers = shipped.filter((path) =>
      readFileSync(join(ROOT, path), 'utf8').includes('storage.defineItem'),
    );
    expect(definers.map((path) => relative(ROOT, join(ROOT, path)))).toEqual(['lib/storage.ts']);
  });

  test('one message protocol: only lib/messaging.ts defines messaging', () => {
    const definers = shipped.filter((path) =>
      /defineExtensionMessaging|defineWindowMessaging/.test(readFileSync(join(ROOT, path), 'utf8')),
    );
    expect(definers).toEqual(['lib/messaging.ts']);
  });

  test.each(entrypoints)('%s calls no browser API at module top level', (path) => {
    // WXT imports entrypoints in Node at build time: browser.* belongs inside main().
    const text = readFileSync(join(ROOT, path), 'utf8');
    const topLevel = text.split('\n').filter((line) => /^(?:browser|chrome)\./.test(line));
    expect(topLevel).toEqual([]);
  });
});
