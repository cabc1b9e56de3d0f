import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showResultPanelMessage } from '../../../lib/explainer/lean-message';
import { onMessage, removeAllListeners } from '../../../lib/messaging';

describe('the detector’s hand-built showResultPanel message', () => {
  afterEach(() => {
    removeAllListeners();
    fakeBrowser.reset();
  });

  it('is accepted by the protocol’s real onMessage and answered in its wire format', async () => {
    const received: unknown[] = [];
    onMessage('showResultPanel', (message) => {
      received.push(message.data);
      return { ok: true as const, value: { shown: true } };
    });
    // trigger() hands back what the listeners return: the messaging library's reply envelope.
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      showResultPanelMessage(1_700_000_000_000),
      {},
      () => {},
    );
    expect(received).toEqual([undefined]);
    expect(replies).toEqual([{ res: { ok: true, value: { shown: true } } }]);
  });

  it('carries the protocol fields the library checks (type string, timestamp number)', () => {
    const message = showResultPanelMessage(42);
    expect(message).toMatchObject({ type: 'showResultPanel', timestamp: 42, data: undefined });
    expect(Number.isInteger(message.id)).toBe(true);
  });
});
