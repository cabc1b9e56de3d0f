import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { MINIMUM_CHROME_VERSION } from '../../../wxt.config';

// Browser features the shipped code may use, with the Chrome version that brought each. The
// manifest's minimum_chrome_version is the newest of those the code actually uses: never
// lower (the pages would break), never higher for no reason (hosts on it would be refused).
const FEATURES = [
  { feature: 'CSS light-dark()', chrome: 123, pattern: /light-dark\(/ },
  { feature: 'storage.session access levels', chrome: 102, pattern: /setAccessLevel/ },
  { feature: 'storage.session', chrome: 102, pattern: /storage\.session|'session:/ },
  { feature: 'AbortSignal.timeout', chrome: 103, pattern: /AbortSignal\.timeout/ },
  { feature: 'the inert attribute', chrome: 102, pattern: /\binert=/ },
  { feature: 'scripting.registerContentScripts', chrome: 96, pattern: /registerContentScripts/ },
  { feature: 'AbortSignal.any', chrome: 116, pattern: /AbortSignal\.any/ },
  { feature: 'Promise.withResolvers', chrome: 119, pattern: /Promise\.withResolvers/ },
  {
    feature: 'Set methods (union, intersection...)',
    chrome: 122,
    pattern: /\.(?:union|intersection|symmetricDifference)\(/,
  },
  { feature: 'Uint8Array base64', chrome: 140, pattern: /\.(?:fromBase64|toBase64)\(/ },
] as const;

function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shippedSources(path);
    return /\.(?:ts|tsx|css)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
  });
}

const sources = ['lib', 'components', 'entrypoints'].flatMap(shippedSources).join('\n');
const used = FEATURES.filter(({ pattern }) => pattern.test(sources));

type ManifestFn = (env: { browser: string; manifestVersion: 3; mode: string; command: string }) => {
  minimum_chrome_version?: string;
};

function manifestFor(browser: string) {
  const manifest = config.manifest as ManifestFn;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('minimum_chrome_version', () => {
  it('is set in the Chrome manifest', () => {
    expect(manifestFor('chrome').minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
  });

  it('is the newest version among the features the code uses (today: light-dark(), 123)', () => {
    const newest = Math.max(...used.map(({ chrome }) => chrome));
    const setBy = used.filter(({ chrome }) => chrome === newest).map(({ feature }) => feature);
    expect(setBy).toContain('CSS light-dark()');
    expect(Number(MINIMUM_CHROME_VERSION)).toBe(newest);
  });

  it('is left out of the Firefox manifest, which has strict_min_version instead', () => {
    expect(manifestFor('firefox').minimum_chrome_version).toBeUndefined();
  });
});
