import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const POPUP_ENTRY = join(ROOT, 'entrypoints/popup/main.tsx');

// `import x from '...'` and `export ... from '...'`, not `import('...')` (those load later).
const STATIC_IMPORT =
  /^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s/;

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ext) => base + ext)
    .find((path) => existsSync(path) && !path.endsWith('/'));
}

/** Everything the popup's first load runs: its static imports, followed through the project. */
function staticGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      if (TYPE_ONLY.test(match[0])) continue;
      const specifier = (match[1] ?? match[2])!;
      const local = resolveModule(file, specifier);
      if (local) {
        if (/\.(ts|tsx)$/.test(local)) visit(local);
      } else if (!specifier.startsWith('.')) packages.add(specifier);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => relative(ROOT, file)), packages: [...packages] };
}

describe("the popup's first load", () => {
  const graph = staticGraph(POPUP_ENTRY);

  it('follows the imports it checks (the schedule form is in it)', () => {
    expect(graph.files).toContain('components/popup/ScheduleForm.tsx');
  });

  it('never pulls in the XML or REST client, or fast-xml-parser', () => {
    expect(graph.files.filter((file) => file.startsWith('lib/webex/xml/'))).toEqual([]);
    expect(graph.files.filter((file) => file.startsWith('lib/webex/rest/'))).toEqual([]);
    expect(graph.packages.filter((name) => name.startsWith('fast-xml-parser'))).toEqual([]);
  });

  it('paints without the messaging library, WXT storage or the polyfill (they load after)', () => {
    expect(graph.files).not.toContain('lib/messaging.ts');
    expect(graph.files).not.toContain('lib/storage.ts');
    expect(graph.files).not.toContain('lib/theme.ts');
    expect(
      graph.packages.filter((name) =>
        /^(@webext-core\/messaging|webextension-polyfill|wxt\/browser|wxt\/utils\/storage)/.test(
          name,
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    'components/DecodeView.tsx',
    'components/popup/ScheduleFailureNotice.tsx',
    'components/popup/RecentList.tsx',
    'components/popup/ScheduledCard.tsx',
    'components/SignInForm.tsx',
    // After the first paint (issue 11): "Other…" fields, dates in words, a typed date and time,
    // reading the invite list, the form's checks, a form rebuilt from a job, failure texts.
    'components/DurationFields.tsx',
    'lib/meetings/display-time.ts',
    'lib/meetings/start-time.ts',
    'lib/webex/wall-clock.ts',
    'lib/meetings/email-list.ts',
    'lib/meetings/schedule-form.ts',
    'lib/meetings/schedule-form-restore.ts',
    'lib/unanswered-message.ts',
    'lib/site-access.ts',
  ])('loads %s only when it is needed', (file) => {
    expect(graph.files).not.toContain(file);
  });
});
