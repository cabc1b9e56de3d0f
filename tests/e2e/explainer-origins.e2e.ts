import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { settledButtons } from './explainer/closed-panel';
import { expectExplanation, pageAgainstSource, readPanel } from './explainer/panel';
import {
  INTRANET,
  INTRANET_PAGE,
  LANDING,
  PANEL,
  TEST_PAGE,
  afterIdleScripts,
  hasIntranetPermission,
  openResult,
  openWatched,
  pageProbes,
  registeredOrigins,
  resultUrl,
  runAxe,
  screenshots,
  useExplainer,
} from './explainer/support';
import { saveScreenshot } from './harness';

// Inside serviceWorker.evaluate callbacks, which run in the browser.
declare const chrome: typeof extensionApi;

// Where the explainer runs: not on pages without a result; on an origin only once granted.
const ctx = useExplainer();

describe('pages without a result', () => {
  it.each([
    ['the test page', `${TEST_PAGE}?course=7&state=open`],
    ['the landing page', LANDING],
  ])(
    '%s gets no panel and no injected DOM: the detector runs, decides from the address, stops',
    async (_name, url) => {
      const { page, extensionWorlds, afterWorldScript } = await openWatched(url);
      await expect.poll(() => extensionWorlds.length).toBe(1);
      await afterWorldScript(extensionWorlds[0]!);
      const state = await pageAgainstSource(page);
      expect(state.live).toEqual(state.served);
      expect(state.panels).toBe(0);
      expect(state.documentStyles).toBe(0);
      expect(state.extensionResources).toEqual([]);
      // The panel bundle was never injected, and nothing was posted to the page.
      expect(await pageProbes(page)).toEqual({ panelStarts: 0, messages: [] });
      await page.close();
    },
  );
});

describe('an origin the host adds in Options', () => {
  const intranetResult = resultUrl(
    INTRANET_PAGE,
    'AT=JM&ST=FAIL&RS=MeetingNotInProgress&MK=123456789',
  );

  async function addInOptions(options: Page) {
    await options.getByLabel('Page address').fill(`${INTRANET_PAGE}?from=options`);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options
      .getByText(`Results on ${INTRANET} will be explained from the next page load.`)
      .waitFor();
  }

  it('explains results there once granted, and stops when removed', async () => {
    // Before: no permission, no registered script, so nothing of the extension can run there.
    expect(await hasIntranetPermission()).toBe(false);
    expect(await registeredOrigins()).toEqual([]);
    const before = await openWatched(intranetResult);
    await afterIdleScripts(before.page);
    expect(before.extensionWorlds).toEqual([]);
    expect(await before.page.locator(PANEL).count()).toBe(0);
    await before.page.close();

    const options = await ctx.extension.context.newPage();
    await options.goto(ctx.extension.extensionUrl('options.html'));
    await addInOptions(options);
    expect(await hasIntranetPermission()).toBe(true);
    expect(await registeredOrigins()).toEqual([`${INTRANET}/*`]);
    await options.getByRole('listitem').filter({ hasText: INTRANET }).waitFor();
    await saveScreenshot(options, 'explainer-options-origins');
    expect(await runAxe(options, { include: [['.result-origins']] })).toEqual([]);

    const page = await openResult(intranetResult);
    const view = await readPanel(page);
    expectExplanation(view, { at: 'JM', st: 'FAIL', rs: 'MeetingNotInProgress', mk: '123456789' });
    // Signed out, and off the signed-in site anyway: no Start here (issue 15, item 1).
    expect(await settledButtons(page)).toEqual(['Open WebEx Host Helper', 'Dismiss']);
    await screenshots(page, 'intranet-meeting-not-in-progress');
    await page.close();

    await options.getByRole('button', { name: `Remove ${INTRANET}` }).click();
    await options.getByText(`Results on ${INTRANET} are no longer explained`).waitFor();
    expect(await hasIntranetPermission()).toBe(false);
    expect(await registeredOrigins()).toEqual([]);
    const after = await openWatched(intranetResult);
    await afterIdleScripts(after.page);
    expect(after.extensionWorlds).toEqual([]);
    expect(await after.page.locator(PANEL).count()).toBe(0);
    await after.page.close();
    await options.close();
  });

  it('stops when the permission is revoked elsewhere (browser settings)', async () => {
    const options = await ctx.extension.context.newPage();
    await options.goto(ctx.extension.extensionUrl('options.html'));
    await addInOptions(options);
    expect(await registeredOrigins()).toEqual([`${INTRANET}/*`]);

    await ctx.extension.serviceWorker.evaluate(
      (origin) => chrome.permissions.remove({ origins: [`${origin}/*`] }),
      INTRANET,
    );
    await expect.poll(registeredOrigins).toEqual([]);
    await options.reload();
    await options.getByText('No other pages added.').waitFor();
    await options.close();
  });

  it('warns before granting a page over plain http, and says nothing for https', async () => {
    const options = await ctx.extension.context.newPage();
    await options.goto(ctx.extension.extensionUrl('options.html'));
    const address = options.getByLabel('Page address');
    await address.fill('http://intranet.example.test/landing.html');
    const warning = options.getByText(
      'http://intranet.example.test is not encrypted (http, not https): anyone on the network',
    );
    await warning.waitFor();
    // Read with the field, and the button says the host is going ahead despite it.
    expect(await address.getAttribute('aria-describedby')).toBe('result-origin-http');
    await options.getByRole('button', { name: 'Add anyway' }).waitFor();
    await saveScreenshot(options, 'explainer-options-plain-http');
    expect(await runAxe(options, { include: [['.result-origins']] })).toEqual([]);

    await address.fill(INTRANET_PAGE);
    await warning.waitFor({ state: 'detached' });
    await options.getByRole('button', { name: 'Add', exact: true }).waitFor();
    expect(await hasIntranetPermission()).toBe(false);
    await options.close();
  });

  it('refuses WebEx pages (always covered) and says why', async () => {
    const options = await ctx.extension.context.newPage();
    await options.goto(ctx.extension.extensionUrl('options.html'));
    await options.getByLabel('Page address').fill(TEST_PAGE);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('WebEx pages are always covered: there is no need to add them.');
    expect(await options.getByLabel('Page address').getAttribute('aria-invalid')).toBe('true');
    await options.close();
  });
});
