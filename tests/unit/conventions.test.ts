import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// The project's own conventions (see ../shared/design.md, "Architecture"), enforced.
const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'artifacts' || name === 'reference' || name === 'node_modules') return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/**
 * Modules a file loads for their code: `import ... from`, `export ... from` and `import()`
 * (`import type` and `export type` carry no behaviour and are left out).
 */
export function importsOf(text: string): string[] {
  const statics = text.matchAll(
    /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g,
  );
  const dynamics = text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g);
  return [...statics, ...dynamics].map((match) => match[1]!);
}

function importsOfFile(path: string): string[] {
  return importsOf(readFileSync(join(ROOT, path), 'utf8'));
}

const lib = sourceFiles('lib');
const components = sourceFiles('components');
const entrypoints = sourceFiles('entrypoints');
const shipped = [...lib, ...components, ...entrypoints];

/** Code and style sheets we write (reference data, locale files and lock files are not code). */
const CODE = /\.(ts|tsx|mts|mjs|js|css)$/;
const everyCodeFile = ['lib', 'components', 'entrypoints', 'tests', 'scripts'].flatMap((dir) =>
  sourceFiles(dir, CODE),
);

describe('the import scan', () => {
  test('sees import, export-from and dynamic import, not type-only ones', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "export { c } from './c';",
      "export * from './d';",
      "export type { E } from './e';",
      "const f = () => import('./f');",
      "import './g.css';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', './c', './d', './g.css', './f']);
  });
});

/** The repository paths (without extension) that `path`'s relative imports, types too, point at. */
function importedModules(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((match) => (match[1] ?? match[2])!)
    .filter((target) => target.startsWith('.'))
    .map((target) => join(dirname(path), target).replace(/\.(ts|tsx)$/, ''));
}

describe('project conventions', () => {
  test('lib/ holds only shipped code: every module is imported by the extension', () => {
    const used = new Set(shipped.flatMap(importedModules));
    const unused = lib.filter((path) => !used.has(path.replace(/\.(ts|tsx)$/, '')));
    expect(unused).toEqual([]);
  });

  test.each(everyCodeFile)('%s is at most 300 lines', (path) => {
    const lines = readFileSync(join(ROOT, path), 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThanOrEqual(300);
  });

  test.each(components)('%s makes no direct WebEx or storage calls', (path) => {
    const banned = importsOfFile(path).filter((target) =>
      /lib\/webex\/xml|lib\/storage|wxt\/utils\/storage|lib\/background/.test(target),
    );
    expect(banned).toEqual([]);
  });

  test.each(lib)('%s does not depend on UI or entrypoints', (path) => {
    const banned = importsOfFile(path).filter((target) =>
      /components\/|entrypoints\//.test(target),
    );
    expect(banned).toEqual([]);
  });

  test.each(shipped)('%s does not import the test sandbox', (path) => {
    expect(importsOfFile(path).filter((target) => target.includes('sandbox'))).toEqual([]);
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

describe('one way in: thin entrypoints, components given what they need', () => {
  test.each(components)('%s does not import wxt/browser (env or props carry it)', (path) => {
    expect(importsOfFile(path).filter((target) => target.startsWith('wxt/browser'))).toEqual([]);
  });

  test.each(entrypoints)('%s only wires: at most 60 lines, no component of its own', (path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    expect(text.trimEnd().split('\n').length).toBeLessThanOrEqual(60);
    // Root components live in components/ (popup/App.tsx, options/OptionsApp.tsx).
    expect(text.match(/^export\s+function\s+[A-Z]\w*/gm) ?? []).toEqual([]);
  });
});
