import { describe, expect, it, vi } from 'vitest';
import { openExtensionPage } from '../../../lib/explainer/extension-page';

describe('openExtensionPage', () => {
  it('opens the popup where the browser allows it', async () => {
    const api = {
      runtime: { openOptionsPage: vi.fn(async () => {}) },
      action: { openPopup: vi.fn(async () => {}) },
    };
    expect(await openExtensionPage(api, 'popup')).toEqual({ opened: 'popup' });
    expect(api.runtime.openOptionsPage).not.toHaveBeenCalled();
  });

  it('falls back to the options page when the popup cannot open', async () => {
    const api = {
      runtime: { openOptionsPage: vi.fn(async () => {}) },
      action: {
        openPopup: vi.fn(async () => Promise.reject(new Error('No active browser window'))),
      },
    };
    expect(await openExtensionPage(api, 'popup')).toEqual({ opened: 'options' });
    expect(api.runtime.openOptionsPage).toHaveBeenCalledOnce();
  });

  it('falls back to the options page where there is no openPopup', async () => {
    const api = { runtime: { openOptionsPage: vi.fn(async () => {}) } };
    expect(await openExtensionPage(api, 'popup')).toEqual({ opened: 'options' });
  });

  it('opens the options page when asked for it, without trying the popup', async () => {
    const api = {
      runtime: { openOptionsPage: vi.fn(async () => {}) },
      action: { openPopup: vi.fn(async () => {}) },
    };
    expect(await openExtensionPage(api, 'options')).toEqual({ opened: 'options' });
    expect(api.action.openPopup).not.toHaveBeenCalled();
  });
});
