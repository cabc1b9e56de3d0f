import type { SendMessage } from './messaging';

type Messaging = typeof import('./messaging');
let messaging: Messaging | undefined;

/**
 * `sendMessage` (lib/messaging.ts), with the messaging library and the polyfill under it
 * loaded after the page rather than with it: the popup paints its form before it needs them.
 * Same arguments, same replies. Once loaded, a send goes out in the same task as the call, so
 * whatever the caller shows next ("Scheduling…") never appears before its message has left.
 */
export const lazySendMessage = ((...args: unknown[]) => {
  const send = (loaded: Messaging) =>
    (loaded.sendMessage as (...all: unknown[]) => Promise<unknown>)(...args);
  if (messaging) return send(messaging);
  return import('./messaging').then((loaded) => send((messaging = loaded)));
}) as SendMessage;
