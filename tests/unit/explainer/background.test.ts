import { afterEach, describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSender } from '../../../lib/background/message-handlers';
import { explainerHandlers, watchResultOrigins } from '../../../lib/explainer/background';
import { testEnv } from '../background/test-env';
import {
  dismissedResultsItem,
  resultOriginsItem,
  settingsItem,
  DEFAULT_SETTINGS,
} from '../../../lib/storage';

function event<T extends (...args: never[]) => unknown>() {
  const listeners: T[] = [];
  return {
    addListener: (listener: T) => listeners.push(listener),
    fire: (...args: Parameters<T>) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

function setUp() {
  // Before anything registers on fakeBrowser: testEnv() resets it.
  const { env } = testEnv();
  const executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: true }]);
  const unregisterContentScripts = vi.fn(async () => {});
  const registerContentScripts = vi.fn(async () => {});
  const onRemoved = event<(permissions: { origins?: string[] }) => void>();
  const openOptionsPage = vi.fn(async () => {});
  const api = {
    runtime: {
      id: fakeBrowser.runtime.id,
      onStartup: fakeBrowser.runtime.onStartup,
      onInstalled: fakeBrowser.runtime.onInstalled,
      openOptionsPage,
    },
    action: {},
    scripting: {
      executeScript,
      registerContentScripts,
      unregisterContentScripts,
      getRegisteredContentScripts: vi.fn(async () => [
        { id: 'result-origin:https://intranet.example.test' },
      ]),
    },
    permissions: { onRemoved, contains: vi.fn(async () => true), remove: vi.fn(async () => true) },
  };
  const browserApi = api as unknown as typeof browser;
  watchResultOrigins(browserApi);
  return {
    api,
    handlers: explainerHandlers(browserApi, env),
    executeScript,
    unregisterContentScripts,
    registerContentScripts,
    onRemoved,
    openOptionsPage,
  };
}

describe('the explainer in the background', () => {
  afterEach(() => {
    fakeBrowser.reset();
  });

  it('injects the panel into the frame whose detector found a result', async () => {
    const { handlers, executeScript } = setUp();
    const sender = {
      id: fakeBrowser.runtime.id,
      url: 'https://acme.webex.com/acme/backurl-test.html?AT=LI&ST=FAIL&RS=AccessDenied',
      tab: { id: 4 },
      frameId: 0,
    } as MessageSender;
    expect(await handlers.showResultPanel(undefined, sender)).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 4, frameIds: [0] },
      files: ['/content-scripts/result-panel.js'],
    });
  });

  it('opens the options page for the panel', async () => {
    const { handlers, openOptionsPage } = setUp();
    expect(await handlers.openExtensionPage({ page: 'options' }, {})).toEqual({
      ok: true,
      value: { opened: 'options' },
    });
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('answers the panel’s setup from storage and records a dismissal', async () => {
    const { handlers } = setUp();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const setup = { fingerprint: 'fp', navigationType: 'reload' };
    expect(await handlers.resultPanelSetup(setup, {})).toEqual({
      ok: true,
      value: { hidden: false, theme: 'dark' },
    });
    await handlers.dismissResult({ fingerprint: 'fp' }, {});
    expect(await dismissedResultsItem.getValue()).toEqual(['fp']);
    expect(await handlers.resultPanelSetup(setup, {})).toEqual({
      ok: true,
      value: { hidden: true, theme: 'dark' },
    });
  });

  it('stops watching an added origin when its permission is revoked', async () => {
    const { onRemoved, unregisterContentScripts } = setUp();
    await resultOriginsItem.setValue(['https://intranet.example.test']);
    await onRemoved.fire({ origins: ['https://intranet.example.test/*'] });
    await vi.waitFor(async () => expect(await resultOriginsItem.getValue()).toEqual([]));
    expect(unregisterContentScripts).toHaveBeenCalledWith({
      ids: ['result-origin:https://intranet.example.test'],
    });
  });

  it('restores the added origins’ scripts at browser start-up', async () => {
    const { registerContentScripts } = setUp();
    await resultOriginsItem.setValue(['https://intranet.example.test', 'https://lms.example.test']);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() =>
      expect(registerContentScripts).toHaveBeenCalledWith([
        expect.objectContaining({
          id: 'result-origin:https://lms.example.test',
          matches: ['https://lms.example.test/*'],
        }),
      ]),
    );
  });
});
