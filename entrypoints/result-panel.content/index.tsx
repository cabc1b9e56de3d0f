import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { LiveResultPanel } from '../../components/explainer/LiveResultPanel';
import { showResultPanel } from '../../lib/explainer/result-panel';
import { sendMessage } from '../../lib/messaging';
// Inlined rather than fetched (cssInjectionMode 'ui'): a fetched file would have to be a web
// accessible resource on every origin the host adds, which the extension cannot declare ahead.
import css from './style.css?inline';

/**
 * Injected by the background (registration 'runtime': not in the manifest) only into frames
 * whose address carries a WebEx result, as the detector saw it. Resolves to whether it shows.
 * (Not lib/theme.ts: it imports lib/storage.ts, whose session items content scripts cannot read.)
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main: (ctx) =>
    showResultPanel({
      location,
      navigationType: () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.type,
      sendMessage,
      now: Date.now,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      clipboard: navigator.clipboard,
      document,
      css,
      createShadowRootUi: (options) => createShadowRootUi(ctx, options),
      render: (view, container) => render(view && <LiveResultPanel {...view} />, container),
    }),
});
