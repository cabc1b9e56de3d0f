import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/ARCHITECTURE.md names files in backticks; a file moved or renamed without the document
// following fails here, named.
const ROOT = join(import.meta.dirname, '../..');
const ARCHITECTURE = 'docs/ARCHITECTURE.md';

/** Backticked text that looks like a repository path: a `/` and an extension, or a trailing `/`. */
function repoPathsIn(markdown: string): string[] {
  const paths = [...markdown.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1]!)
    .filter((text) => text.includes('/') && !/^[a-z]+:\/\//i.test(text))
    .filter((text) => text.endsWith('/') || /\.[A-Za-z0-9]+$/.test(text));
  return [...new Set(paths)];
}

describe(ARCHITECTURE, () => {
  const text = readFileSync(join(ROOT, ARCHITECTURE), 'utf8');

  it('finds the paths it names', () => {
    expect(
      repoPathsIn('`lib/a.ts`, `tests/fixtures/xml/`, `AT=LI`, `https://x/y.php`, `x.ts`'),
    ).toEqual(['lib/a.ts', 'tests/fixtures/xml/']);
    expect(repoPathsIn(text).length).toBeGreaterThan(50);
  });

  it('names only files that exist', () => {
    const missing = repoPathsIn(text).filter((path) => !existsSync(join(ROOT, path)));
    expect(missing, `${ARCHITECTURE} names paths that do not exist`).toEqual([]);
  });
});
