import type { browser } from 'wxt/browser';
import {
  addResultOrigin,
  listResultOrigins,
  removeResultOrigin,
  type ResultOriginStatus,
} from './result-origins';
import { resultOriginsEnv } from './result-origins-env';

/** What the options page's "other pages" section needs. */
export interface ResultOriginsApi {
  list(): Promise<ResultOriginStatus[]>;
  /**
   * Asks the browser for the permission, then watches the origin. Call it straight from the
   * click or submit handler: browsers only show the prompt during a user action.
   */
  add(origin: string, matchPattern: string): Promise<'added' | 'denied'>;
  remove(origin: string): Promise<void>;
}

export function resultOriginsApi(api: typeof browser): ResultOriginsApi {
  const env = resultOriginsEnv(api);
  return {
    list: () => listResultOrigins(env),
    async add(origin, matchPattern) {
      // First statement, no await before it: the user action must still be current.
      const granted = await api.permissions.request({ origins: [matchPattern] });
      if (!granted) return 'denied';
      await addResultOrigin(env, origin);
      return 'added';
    },
    remove: (origin) => removeResultOrigin(env, origin),
  };
}
