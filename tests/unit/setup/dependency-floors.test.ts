import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Published advisories against what the extension ships, with the first fixed version of each
// line. `package.json` ranges must exclude every affected version, and so must the lock.
// Sources: GitHub advisory database (npm audit could not reach it from this machine).
const ADVISORIES = [
  // fast-xml-parser: the newest fix of several 2024-2026 advisories (ReDoS, entity expansion,
  // DOCTYPE entity names, numeric entities, XMLBuilder escaping, repeated DOCTYPE limits).
  { name: 'fast-xml-parser', id: 'GHSA-8r6m-32jq-jx6q', fixed: '5.10.1' },
  { name: 'fast-xml-parser', id: 'GHSA-gh4j-gqv2-49f6', fixed: '5.7.0' },
  { name: 'fast-xml-parser', id: 'GHSA-jmr7-xgp7-cmfj', fixed: '5.3.6' },
  { name: 'fast-xml-parser', id: 'GHSA-mpg4-rc92-vx8v', fixed: '4.4.1' },
  // preact: JSON VNode injection, 10.26.5 to 10.28.1.
  { name: 'preact', id: 'GHSA-36hm-qxxp-pg3m', fixed: '10.28.2' },
] as const;

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

function parts(version: string): number[] {
  return version.split('.').map((part) => Number.parseInt(part, 10));
}

function atLeast(version: string, floor: string): boolean {
  const [a, b] = [parts(version), parts(floor)];
  for (let i = 0; i < 3; i++) {
    if (a[i]! !== b[i]!) return a[i]! > b[i]!;
  }
  return true;
}

describe('no dependency with a published advisory can be installed', () => {
  it.each(ADVISORIES)('$name ($id, fixed in $fixed)', ({ name, fixed }) => {
    const range = pkg.dependencies[name]!;
    // A caret range from a floor at or above the fix: nothing below the fix is allowed.
    expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
    const floor = range.slice(1);
    expect(atLeast(floor, fixed)).toBe(true);
    const locked = Object.entries(lock.packages).filter(([path]) =>
      path.endsWith(`node_modules/${name}`),
    );
    expect(locked.length).toBeGreaterThan(0);
    for (const [, entry] of locked) expect(atLeast(entry.version!, fixed)).toBe(true);
  });
});
