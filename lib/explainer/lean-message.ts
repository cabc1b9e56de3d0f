import type { Message } from '@webext-core/messaging';
import type { ProtocolMap } from '../messaging';

/**
 * The message `sendMessage('showResultPanel')` from lib/messaging.ts would put on the wire
 * (@webext-core/messaging 2: `{ id, type, data, timestamp }`), built by hand so that the
 * detector, which runs on every matching page, does not bundle the messaging library and the
 * browser polyfill. A unit test checks that the real `onMessage` accepts it.
 */
export function showResultPanelMessage(now: number): Message<ProtocolMap, 'showResultPanel'> {
  return {
    id: Math.floor(Math.random() * 1e9),
    type: 'showResultPanel',
    data: undefined,
    timestamp: now,
  };
}
