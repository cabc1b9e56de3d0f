// What the bench scripts share: their command line, the build, sizes and medians.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The value after `name` on the command line, e.g. `--runs 60`. */
export function option(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

export const skipBuild = () => process.argv.includes('--no-build');

export function buildExtension() {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The `q` quantile (0..1) of `values`, interpolated between the nearest two. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/** Bytes on disk and gzipped (level 9), summed over `paths`. */
export function sizeOf(...paths) {
  return paths.reduce(
    (sum, path) => {
      const bytes = readFileSync(path);
      return {
        raw: sum.raw + bytes.length,
        gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length,
      };
    },
    { raw: 0, gzip: 0 },
  );
}
