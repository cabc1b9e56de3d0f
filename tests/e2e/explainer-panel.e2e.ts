import { describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { PANEL_TAGS, injectPanelAndWait, pageAgainstSource, shadowTags } from './explainer/panel';
import {
  PANEL,
  TEST_PAGE,
  openResult,
  resultUrl,
  runAxe,
  screenshots,
  useExplainer,
} from './explainer/support';

// Inside page.evaluate callbacks, which run in the browser.
declare const chrome: typeof extensionApi;

// The panel as a part of the host's page: keyboard, layout, dismissal, theme, hostile input.
const ctx = useExplainer();

describe('the panel in the page', () => {
  it('is keyboard accessible: Tab reaches its buttons with a visible focus, Escape dismisses', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=AccessDenied'));
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate((panelTag) => {
        const active = document.querySelector(panelTag)?.shadowRoot
          ?.activeElement as HTMLElement | null;
        return active
          ? {
              text: active.textContent,
              outline: getComputedStyle(active).outlineStyle,
              host: document.activeElement?.localName,
            }
          : null;
      }, PANEL);
    expect(await focused()).toEqual({ text: 'Sign in again', outline: 'solid', host: PANEL });
    await page.keyboard.press('Tab');
    expect((await focused())?.text).toBe('Dismiss');
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps the page usable: its content stays visible and reachable below the panel', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AccessDenied'));
    const heading = page.getByRole('heading', { name: 'Back URL test - acme' });
    const box = (await heading.boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box.x + 5,
      y: box.y + box.height / 2,
    });
    expect(hit).toBe('h1');
    const panelBox = (await page.locator(PANEL).boundingBox())!;
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(box.y);
    await page.close();
  });

  it('clicks from page scripts do nothing; the host’s own click dismisses', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AccessDenied'));
    await page.evaluate((panelTag) => {
      const dismiss = document
        .querySelector(panelTag)
        ?.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="dismiss"]');
      dismiss?.click();
    }, PANEL);
    expect(await page.locator(PANEL).count()).toBe(1);
    await page.locator(PANEL).getByRole('button', { name: 'Dismiss' }).click();
    await page.locator(PANEL).waitFor({ state: 'detached' });
    await page.close();
  });

  it('once dismissed, a reload does not bring it back; a new visit (a new attempt) does', async () => {
    const url = resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=MeetingLocked&MK=111222333');
    const page = await openResult(url);
    await page.locator(PANEL).getByRole('button', { name: 'Dismiss' }).click();
    await page.locator(PANEL).waitFor({ state: 'detached' });

    await page.reload();
    expect(await injectPanelAndWait(page)).toBe(false);
    expect(await page.locator(PANEL).count()).toBe(0);

    await page.goto(url);
    await page.locator(`${PANEL} .headline`).waitFor();
    await page.close();
  });

  it('has no accessibility violations, light and dark', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=SM&ST=SUCCESS&MK=123456789'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await runAxe(page, { include: [[PANEL]] }), colorScheme).toEqual([]);
    }
    await page.goto(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon'));
    await page.locator(`${PANEL} .headline`).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await runAxe(page, { include: [[PANEL]] }), colorScheme).toEqual([]);
    }
    await screenshots(page, 'test-page-already-logon');
    await page.close();
  });

  it('follows the theme chosen in Options', async () => {
    const options = await ctx.extension.context.newPage();
    await options.goto(ctx.extension.extensionUrl('options.html'));
    const original = await options.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings,
    );
    const setTheme = (theme: string) =>
      options.evaluate(
        async ({ value, base }) => {
          await chrome.storage.local.set({ settings: { ...(base ?? {}), theme: value } });
        },
        { value: theme, base: original as Record<string, unknown> | undefined },
      );
    await setTheme('dark');
    const page = await openResult(
      resultUrl(TEST_PAGE, 'AT=IM&ST=FAIL&RS=SiteDoNotSupportThisMeetingType'),
    );
    const background = () =>
      page.evaluate((panelTag) => {
        const panel = document.querySelector(panelTag)?.shadowRoot?.querySelector('.panel');
        return panel ? getComputedStyle(panel).backgroundColor : null;
      }, PANEL);
    expect(await background()).toBe('rgb(22, 27, 34)');
    await setTheme('system');
    await page.reload();
    await page.locator(`${PANEL} .headline`).waitFor();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await options.evaluate(async (value) => {
      if (value === undefined) await chrome.storage.local.remove('settings');
      else await chrome.storage.local.set({ settings: value });
    }, original);
    await Promise.all([page.close(), options.close()]);
  });
});

describe('hostile input stays inert text', () => {
  const LONG = 'A'.repeat(100_000);
  const IMG = '<img src=x onerror=window.__pwned=1>';
  const cases: { name: string; query: string; panel: boolean; shows?: string }[] = [
    {
      name: 'markup in RS',
      query: `AT=LI&ST=FAIL&RS=${encodeURIComponent(IMG)}`,
      panel: true,
      shows: IMG,
    },
    { name: 'raw markup in RS', query: `AT=LI&ST=FAIL&RS=${IMG}`, panel: true, shows: IMG },
    {
      name: 'a script in AT',
      query: `AT=${encodeURIComponent('<script>window.__pwned=1</script>')}&ST=FAIL&RS=AccessDenied`,
      panel: false,
    },
    {
      name: 'an attribute breakout in MK',
      query: `AT=SM&ST=SUCCESS&MK=${encodeURIComponent('"><svg onload=window.__pwned=1>')}`,
      panel: true,
      shows: '"><svg onload=window.__pwned=1>',
    },
    {
      name: 'a double-encoded payload in RS',
      query: `AT=JM&ST=FAIL&RS=${encodeURIComponent(encodeURIComponent(IMG))}`,
      panel: true,
      shows: IMG,
    },
    // Servers refuse request lines that long (Node: 16 kB), so 12 kB goes in the query and
    // 100 kB in a fragment route, which the parser reads as well.
    {
      name: 'a 12 kB RS',
      query: `AT=LI&ST=FAIL&RS=${'B'.repeat(12_000)}${encodeURIComponent(IMG)}`,
      panel: true,
      shows: 'B'.repeat(200),
    },
    {
      name: 'a 100 kB RS in a fragment route',
      query: `AT=LI&ST=FAIL#/x?RS=${LONG}${encodeURIComponent(IMG)}`,
      panel: true,
      shows: 'A'.repeat(200),
    },
    {
      name: 'repeated parameters (the first wins)',
      query: `AT=LI&ST=FAIL&RS=AccessDenied&RS=${encodeURIComponent(IMG)}&AT=HM&ST=SUCCESS`,
      panel: true,
    },
    { name: 'malformed percent-encoding', query: 'AT=LI&ST=FAIL&RS=%E0%A4%A%ZZ%', panel: true },
    {
      name: 'a javascript: URL as MK',
      query: 'AT=SM&ST=SUCCESS&MK=javascript:window.__pwned=1',
      panel: true,
    },
  ];

  it.each(cases)('$name', async ({ query, panel, shows }) => {
    const page = await ctx.extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(resultUrl(TEST_PAGE, query));
    if (panel) {
      await page.locator(`${PANEL} .headline`).waitFor();
      const text = (await page.locator(PANEL).locator('.panel').textContent()) ?? '';
      if (shows) expect(text).toContain(shows);
      // Only the panel's own elements: nothing from the URL became markup.
      expect((await shadowTags(page)).filter((tag) => !PANEL_TAGS.has(tag))).toEqual([]);
    } else {
      expect(await injectPanelAndWait(page)).toBe(false);
    }
    const state = await pageAgainstSource(page);
    expect(state.pwned).toBe(false);
    expect(state.live).toEqual(state.served);
    expect(state.liveQuery).toBe(state.servedQuery);
    expect(state.panels).toBe(panel ? 1 : 0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
