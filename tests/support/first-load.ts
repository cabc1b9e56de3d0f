import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A script of the first load: its path in the build, its bytes and its gzipped bytes (level 9). */
export interface FirstLoadScript {
  file: string;
  bytes: number;
  gzip: number;
}

// `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"` in minified output; not
// `import("./x.js")`, which loads on demand.
const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^"'`]*?from\s*)?["']([^"']+\.js)["']/g;

/**
 * Every script a page of the production build loads before it can paint: the page's module
 * scripts and module preloads, and everything they import statically, followed through the
 * chunks. `dir` is the build (`.output/chrome-mv3`), `page` its HTML file (`popup.html`).
 */
export function firstLoadScripts(dir: string, page: string): FirstLoadScript[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
  const pending = [
    ...refs(/<script[^>]*\ssrc="\/?([^"]+)"/g),
    ...refs(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g),
  ];
  const seen = new Map<string, FirstLoadScript>();
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    const bytes = readFileSync(join(dir, file));
    seen.set(file, { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    for (const match of bytes.toString('utf8').matchAll(STATIC_IMPORT)) {
      pending.push(relative(dir, join(dir, dirname(file), match[1]!)));
    }
  }
  return [...seen.values()];
}
