import type { browser } from 'wxt/browser';
import { resultOriginsItem } from '../storage';
import type { ResultOriginsEnv } from './result-origins';

/** The real environment for lib/explainer/result-origins.ts (options page and background). */
export function resultOriginsEnv(api: typeof browser): ResultOriginsEnv {
  return { permissions: api.permissions, scripting: api.scripting, store: resultOriginsItem };
}
