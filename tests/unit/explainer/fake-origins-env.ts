import type { ResultOriginsEnv } from '../../../lib/explainer/result-origins';

interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

/** In-memory permissions, registered scripts and store, behaving like Chrome's (duplicate ids throw). */
export function fakeOriginsEnv(
  initial: { granted?: string[]; stored?: string[]; registered?: RegisteredScript[] } = {},
) {
  const granted = new Set(initial.granted ?? []);
  const scripts = new Map((initial.registered ?? []).map((script) => [script.id, script]));
  let stored = [...(initial.stored ?? [])];
  const env: ResultOriginsEnv = {
    permissions: {
      contains: async ({ origins = [] }) => origins.every((pattern) => granted.has(pattern)),
      remove: async ({ origins = [] }) => {
        origins.forEach((pattern) => granted.delete(pattern));
        return true;
      },
    },
    scripting: {
      registerContentScripts: async (list: RegisteredScript[]) => {
        for (const script of list) {
          if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        }
        list.forEach((script) => scripts.set(script.id, script));
      },
      unregisterContentScripts: async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? []) {
          if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
          scripts.delete(id);
        }
      },
      getRegisteredContentScripts: async () => [...scripts.values()],
    } as unknown as ResultOriginsEnv['scripting'],
    store: {
      getValue: async () => [...stored],
      setValue: async (value) => {
        stored = [...value];
      },
    },
  };
  return {
    env,
    grant: (pattern: string) => granted.add(pattern),
    granted: () => [...granted],
    scripts: () => [...scripts.values()],
    stored: () => [...stored],
  };
}
