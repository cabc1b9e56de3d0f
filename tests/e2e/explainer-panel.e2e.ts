import { describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import {
  clickPanelButton,
  inPanel,
  panelRootMode,
  panelText,
  panelTexts,
  runAxeOnPanel,
  waitForPanel,
} from './explainer/closed-panel';
import { PANEL_TAGS, injectPanelAndWait, pageAgainstSource, shadowTags } from './explainer/panel';
import {
  PANEL,
  TEST_PAGE,
  openResult,
  resultUrl,
  screenshots,
  useExplainer,
} from './explainer/support';
import { saveScreenshot } from './harness';

// Inside page.evaluate callbacks, which run in the browser.
declare const chrome: typeof extensionApi;

// The panel as a part of the host's page: keyboard, layout, dismissal, theme, hostile input.
const ctx = useExplainer();

describe('the panel in the page', () => {
  it('is keyboard accessible: Tab reaches its buttons with a visible focus, Escape dismisses', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=AccessDenied'));
    await page.keyboard.press('Tab');
    const focused = () =>
      inPanel(page, (root) => {
        const active = root.activeElement as HTMLElement | null;
        return active
          ? {
              text: active.textContent,
              outline: getComputedStyle(active).outlineStyle,
              host: document.activeElement?.localName,
            }
          : null;
      });
    expect(await focused()).toEqual({
      text: 'Sign in on the WebEx site',
      outline: 'solid',
      host: PANEL,
    });
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
    // Even with the button in hand (only the test's own world can get it), a script's click
    // is an untrusted event and does nothing.
    await inPanel(page, (root) =>
      root.querySelector<HTMLButtonElement>('[data-action="dismiss"]')?.click(),
    );
    expect(await page.locator(PANEL).count()).toBe(1);
    await clickPanelButton(page, 'Dismiss');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    await page.close();
  });

  it('is closed to the page: no script reaches its root or relabels it; the host’s click acts', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AccessDenied'));
    const before = {
      headline: await panelText(page, '.headline'),
      buttons: await panelTexts(page, 'button'),
    };
    expect(await panelRootMode(page)).toBe('closed');
    // What a hostile page script tries: the root, a second root, light-DOM content, styles.
    const attempt = await page.evaluate((panelTag) => {
      const host = document.querySelector(panelTag) as HTMLElement;
      const root = host.shadowRoot;
      root?.querySelector('.headline')?.replaceChildren('Your account is locked');
      let second = 'refused';
      try {
        host.attachShadow({ mode: 'open' }).textContent = 'Click to unlock';
        second = 'attached';
      } catch {
        // A host has one shadow root.
      }
      const fake = document.createElement('button');
      fake.textContent = 'Unlock your account';
      host.replaceChildren(fake);
      return { rootIsNull: root === null, second };
    }, PANEL);
    expect(attempt).toEqual({ rootIsNull: true, second: 'refused' });
    expect(await panelText(page, '.headline')).toBe(before.headline);
    expect(await panelTexts(page, 'button')).toEqual(before.buttons);
    // The light-DOM text has no slot to show in: the panel's own button is what is on screen.
    await saveScreenshot(page, 'explainer-panel-after-relabel-attempt');
    await clickPanelButton(page, 'Dismiss');
    await page.locator(PANEL).waitFor({ state: 'detached' });
    await page.close();
  });

  it('once dismissed, a reload does not bring it back; a new visit (a new attempt) does', async () => {
    const url = resultUrl(TEST_PAGE, 'AT=JM&ST=FAIL&RS=MeetingLocked&MK=111222333');
    const page = await openResult(url);
    await clickPanelButton(page, 'Dismiss');
    await page.locator(PANEL).waitFor({ state: 'detached' });

    await page.reload();
    expect(await injectPanelAndWait(page)).toBe(false);
    expect(await page.locator(PANEL).count()).toBe(0);

    await page.goto(url);
    await waitForPanel(page);
    await page.close();
  });

  it('has no accessibility violations, light and dark', async () => {
    const page = await openResult(resultUrl(TEST_PAGE, 'AT=SM&ST=SUCCESS&MK=123456789'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await runAxeOnPanel(page), colorScheme).toEqual([]);
    }
    await page.goto(resultUrl(TEST_PAGE, 'AT=LI&ST=FAIL&RS=AlreadyLogon'));
    await waitForPanel(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await runAxeOnPanel(page), colorScheme).toEqual([]);
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
      inPanel(page, (root) => {
        const panel = root.querySelector('.panel');
        return panel ? getComputedStyle(panel).backgroundColor : null;
      });
    expect(await background()).toBe('rgb(22, 27, 34)');
    await setTheme('system');
    await page.reload();
    await waitForPanel(page);
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
  // Values from the address are quoted and capped at 64 characters (63 and an ellipsis).
  const cases: { name: string; query: string; panel: boolean; shows?: string; never?: string }[] = [
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
      shows: `“${'B'.repeat(63)}…”`,
      never: 'B'.repeat(64),
    },
    {
      name: 'a 100 kB RS in a fragment route',
      query: `AT=LI&ST=FAIL#/x?RS=${LONG}${encodeURIComponent(IMG)}`,
      panel: true,
      shows: `“${'A'.repeat(63)}…”`,
      never: 'A'.repeat(64),
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

  it.each(cases)('$name', async ({ query, panel, shows, never }) => {
    const page = await ctx.extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(resultUrl(TEST_PAGE, query));
    if (panel) {
      await waitForPanel(page);
      const text = (await panelText(page, '.panel')) ?? '';
      if (shows) expect(text).toContain(shows);
      if (never) expect(text).not.toContain(never);
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
