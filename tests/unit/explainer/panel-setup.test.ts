import { describe, expect, it } from 'vitest';
import {
  dismissResult,
  resultPanelSetup,
  type PanelItems,
} from '../../../lib/explainer/panel-setup';
import type { Theme } from '../../../lib/storage';

function items(dismissed: string[] = [], theme: Theme = 'system') {
  let list = dismissed;
  const panelItems: PanelItems = {
    dismissed: { getValue: async () => list, setValue: async (value) => void (list = value) },
    settings: { getValue: async () => ({ theme }) },
  };
  return { panelItems, list: () => list };
}

describe('resultPanelSetup', () => {
  it.each<[string[], string | undefined, boolean]>([
    [['fp'], 'reload', true],
    [['fp'], 'navigate', false],
    [['other'], 'reload', false],
  ])('dismissed %j, navigation %s -> hidden %s', async (dismissed, navigationType, hidden) => {
    const { panelItems } = items(dismissed);
    expect(await resultPanelSetup(panelItems, { fingerprint: 'fp', navigationType })).toEqual({
      hidden,
      theme: 'system',
    });
  });

  it('passes the theme chosen in Options', async () => {
    const { panelItems } = items([], 'dark');
    expect((await resultPanelSetup(panelItems, { fingerprint: 'fp' })).theme).toBe('dark');
  });
});

describe('dismissResult', () => {
  it('remembers the fingerprint so that a reload keeps the panel hidden', async () => {
    const { panelItems, list } = items(['a']);
    await dismissResult(panelItems, 'fp');
    expect(list()).toEqual(['a', 'fp']);
    expect(
      (await resultPanelSetup(panelItems, { fingerprint: 'fp', navigationType: 'reload' })).hidden,
    ).toBe(true);
  });
});
