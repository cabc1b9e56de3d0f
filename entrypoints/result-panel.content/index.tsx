import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { LiveResultPanel } from '../../components/explainer/LiveResultPanel';
import { copyText } from '../../lib/explainer/copy-text';
import { explainedBackUrl } from '../../lib/explainer/explained-text';
import { resultFingerprint } from '../../lib/explainer/fingerprint';
import { siteOfPage } from '../../lib/explainer/page-site';
import { usableActions } from '../../lib/explainer/panel-actions';
import { runPanelAction } from '../../lib/explainer/panel-runner';
import { resultSummary } from '../../lib/explainer/result-summary';
import { sendMessage } from '../../lib/messaging';
import { explainResult } from '../../lib/webex/rs-catalogue';
import { parseBackUrlResult } from '../../lib/webex/url/back-url';
import type { WebExSite } from '../../lib/webex/types';
// Inlined rather than fetched (cssInjectionMode 'ui'): a fetched file would have to be a web
// accessible resource on every origin the host adds, which the extension cannot declare ahead.
import css from './style.css?inline';

async function signedInSite(): Promise<WebExSite | undefined> {
  try {
    const account = await sendMessage('getAccount');
    return account.signedIn ? account.site : account.lastSite;
  } catch {
    return undefined;
  }
}

function navigationType(): string | undefined {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type;
}

/**
 * Injected by the background (registration 'runtime': not in the manifest) only into frames
 * whose address carries a WebEx result, as the detector saw it. Resolves to whether it shows.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const pageUrl = location.href;
    const result = parseBackUrlResult(pageUrl);
    if (!result) return false;
    const fingerprint = resultFingerprint(pageUrl, result);
    // Storage is read by the background: content scripts may not touch the session items.
    const { hidden, theme } = await sendMessage('resultPanelSetup', {
      fingerprint,
      navigationType: navigationType(),
    });
    if (hidden) return false;

    const explanation = explainResult(result);
    const needsSite = explanation.actions.includes('log-out-and-retry');
    const site = siteOfPage(pageUrl) ?? (needsSite ? await signedInSite() : undefined);
    const actions = usableActions(explanation.actions, {
      meetingKey: result.mk,
      siteKnown: !!site,
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'webex-result-panel',
      position: 'inline',
      anchor: 'body',
      append: 'first',
      css,
      // Keys typed in the panel must not trigger the page's keyboard shortcuts.
      isolateEvents: true,
      onMount(container, shadow, host) {
        // The host's light/dark choice in Options; "system" follows the page's colour scheme.
        // (Not lib/theme.ts: it imports lib/storage.ts, whose session items content scripts cannot read.)
        if (theme !== 'system') host.dataset.theme = theme;
        const run = (action: Parameters<typeof runPanelAction>[0]) =>
          runPanelAction(action, {
            pageUrl,
            meetingKey: result.mk,
            site,
            summary: resultSummary(result, explanation, pageUrl),
            openExtensionPage: (page) => sendMessage('openExtensionPage', { page }),
            startMeeting: (meetingKey) => sendMessage('startMeeting', { meetingKey }),
            copy: (text) =>
              copyText(text, { clipboard: navigator.clipboard, container: shadow, document }),
            navigate: (url) => location.assign(url),
            async dismiss() {
              ui.remove();
              await sendMessage('dismissResult', { fingerprint });
            },
          });
        render(
          <LiveResultPanel
            text={explainedBackUrl(result, explanation)}
            actions={actions}
            run={run}
          />,
          container,
        );
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    return true;
  },
});
