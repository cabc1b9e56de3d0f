import { describe, expect, it } from 'vitest';
import { applyTheme, followThemeSetting, watchThemeSetting } from '../../lib/theme';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/storage';

/** Just what applyTheme touches on <html>. */
function fakeRoot() {
  return { dataset: {} as Record<string, string> } as unknown as HTMLElement;
}

describe('applyTheme', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', undefined],
  ] as const)('%s sets data-theme to %s', (theme, expected) => {
    const root = fakeRoot();
    applyTheme(root, 'dark');
    applyTheme(root, theme);
    expect(root.dataset.theme).toBe(expected);
  });
});

describe('followThemeSetting', () => {
  function fakeSettings(initial: Settings) {
    let listener: ((value: Settings) => void) | undefined;
    let resolveInitial!: (value: Settings) => void;
    const initialRead = new Promise<Settings>((resolve) => (resolveInitial = resolve));
    return {
      item: {
        getValue: () => initialRead,
        watch(callback: (value: Settings) => void) {
          listener = callback;
          return () => (listener = undefined);
        },
      },
      answerInitialRead: () => resolveInitial(initial),
      change: (value: Settings) => listener?.(value),
      watching: () => listener !== undefined,
    };
  }

  it('applies the stored theme, then every change, until unwatched', async () => {
    const root = fakeRoot();
    const settings = fakeSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const unwatch = followThemeSetting(root, settings.item);
    settings.answerInitialRead();
    await expect.poll(() => root.dataset.theme).toBe('dark');
    settings.change({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(root.dataset.theme).toBe('light');
    unwatch();
    expect(settings.watching()).toBe(false);
  });

  it('a change that arrives before the first read wins over the older stored value', async () => {
    const root = fakeRoot();
    const settings = fakeSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    followThemeSetting(root, settings.item);
    settings.change({ ...DEFAULT_SETTINGS, theme: 'light' });
    settings.answerInitialRead();
    await Promise.resolve();
    await Promise.resolve();
    expect(root.dataset.theme).toBe('light');
  });

  it('watchThemeSetting follows changes only, leaving the first read to the caller', () => {
    const root = fakeRoot();
    const settings = fakeSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const unwatch = watchThemeSetting(root, settings.item);
    expect(root.dataset.theme).toBeUndefined();
    settings.change({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(root.dataset.theme).toBe('dark');
    unwatch();
    expect(settings.watching()).toBe(false);
  });
});
