import { describe, expect, it } from 'vitest';
import { isPageOpen } from '../../../lib/background/popup-presence';

const BASE = 'chrome-extension://abc';
const getURL = (path: string) => `${BASE}${path}`;

describe('isPageOpen', () => {
  it.each([
    [[`${BASE}/popup.html`], true],
    [[`${BASE}/popup.html#recent`], true],
    [[`${BASE}/options.html`], false],
    [[`${BASE}/popup.html.bak`], false],
    [[], false],
  ])('getContexts with %j: %s', async (urls, expected) => {
    const getContexts = async () => urls.map((documentUrl) => ({ documentUrl }));
    expect(await isPageOpen({ getURL, getContexts }, '/popup.html')).toBe(expected);
  });

  it('falls back to the open views where getContexts is missing (Firefox)', async () => {
    const views = [
      { location: { href: `${BASE}/options.html` } },
      { location: { href: `${BASE}/popup.html` } },
    ];
    expect(await isPageOpen({ getURL, getViews: () => views }, '/popup.html')).toBe(true);
    expect(await isPageOpen({ getURL, getViews: () => views.slice(0, 1) }, '/popup.html')).toBe(
      false,
    );
  });

  it('with neither, assumes closed (a notification is better than silence)', async () => {
    expect(await isPageOpen({ getURL }, '/popup.html')).toBe(false);
  });
});
