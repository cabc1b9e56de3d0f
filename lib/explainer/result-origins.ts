import type { browser } from 'wxt/browser';
import { t } from '../i18n';
import { matchPatternOf } from './origin-input';

/** The detector (entrypoints/result-detector.ts); the same file the manifest runs on WebEx pages. */
export const DETECTOR_SCRIPT = 'result-detector.js';
const SCRIPT_ID_PREFIX = 'result-origin:';

/** The browser APIs the added origins need, passed in so tests can use fakes. */
export interface ResultOriginsEnv {
  permissions: Pick<typeof browser.permissions, 'contains' | 'remove'>;
  scripting: Pick<
    typeof browser.scripting,
    'registerContentScripts' | 'unregisterContentScripts' | 'getRegisteredContentScripts'
  >;
  store: { getValue(): Promise<string[]>; setValue(value: string[]): Promise<void> };
}

export interface ResultOriginStatus {
  origin: string;
  /** The host granted the permission and it is still granted. */
  granted: boolean;
}

function scriptIdOf(origin: string): string {
  return SCRIPT_ID_PREFIX + origin;
}

function originOfScriptId(id: string): string | undefined {
  return id.startsWith(SCRIPT_ID_PREFIX) ? id.slice(SCRIPT_ID_PREFIX.length) : undefined;
}

async function registeredOrigins(env: ResultOriginsEnv): Promise<string[]> {
  const scripts = await env.scripting.getRegisteredContentScripts();
  return scripts.map((script) => originOfScriptId(script.id)).filter((o): o is string => !!o);
}

async function register(env: ResultOriginsEnv, origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  await env.scripting.registerContentScripts(
    origins.map((origin) => ({
      id: scriptIdOf(origin),
      matches: [matchPatternOf(origin)],
      js: [DETECTOR_SCRIPT],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
}

async function unregister(env: ResultOriginsEnv, origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  await env.scripting.unregisterContentScripts({ ids: origins.map(scriptIdOf) });
}

function isGranted(env: ResultOriginsEnv, origin: string): Promise<boolean> {
  return env.permissions.contains({ origins: [matchPatternOf(origin)] });
}

/** After the host granted the permission (from a click): remember the origin and watch it. */
export async function addResultOrigin(env: ResultOriginsEnv, origin: string): Promise<void> {
  if (!(await isGranted(env, origin))) {
    throw new Error(t('options.resultOrigins.notGranted', { origin }));
  }
  const stored = await env.store.getValue();
  if (!stored.includes(origin)) await env.store.setValue([...stored, origin]);
  if (!(await registeredOrigins(env)).includes(origin)) await register(env, [origin]);
}

/** Stop watching an origin and give its permission back. */
export async function removeResultOrigin(env: ResultOriginsEnv, origin: string): Promise<void> {
  if ((await registeredOrigins(env)).includes(origin)) await unregister(env, [origin]);
  const stored = await env.store.getValue();
  await env.store.setValue(stored.filter((entry) => entry !== origin));
  await env.permissions.remove({ origins: [matchPatternOf(origin)] });
}

/** The added origins, and whether each permission is still granted. */
export async function listResultOrigins(env: ResultOriginsEnv): Promise<ResultOriginStatus[]> {
  const stored = await env.store.getValue();
  return Promise.all(
    stored.map(async (origin) => ({ origin, granted: await isGranted(env, origin) })),
  );
}

/**
 * Makes the registered scripts match what is stored and still granted (at start-up, and
 * after an update, which may drop registered scripts). Origins whose permission was revoked
 * elsewhere (e.g. in the browser's site settings) are forgotten.
 */
export async function syncResultOrigins(env: ResultOriginsEnv): Promise<void> {
  const statuses = await listResultOrigins(env);
  const wanted = statuses.filter((s) => s.granted).map((s) => s.origin);
  if (wanted.length !== statuses.length) await env.store.setValue(wanted);
  const registered = await registeredOrigins(env);
  await unregister(
    env,
    registered.filter((origin) => !wanted.includes(origin)),
  );
  await register(
    env,
    wanted.filter((origin) => !registered.includes(origin)),
  );
}

/** `permissions.onRemoved`: forget origins whose permission went away, and stop watching them. */
export async function forgetRevokedOrigins(
  env: ResultOriginsEnv,
  removedPatterns: string[],
): Promise<void> {
  const stored = await env.store.getValue();
  const revoked = stored.filter((origin) => removedPatterns.includes(matchPatternOf(origin)));
  if (revoked.length === 0) return;
  await env.store.setValue(stored.filter((origin) => !revoked.includes(origin)));
  const registered = await registeredOrigins(env);
  await unregister(
    env,
    revoked.filter((origin) => registered.includes(origin)),
  );
}
