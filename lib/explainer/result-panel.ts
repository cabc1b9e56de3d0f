import type { sendMessage } from '../messaging';
import type { Theme } from '../storage';
import { explainResult } from '../webex/rs-catalogue';
import { parseBackUrlResult, type BackUrlResult } from '../webex/url/back-url';
import type { WebExSite } from '../webex/types';
import type { ActionId } from '../webex/rs-catalogue';
import { isMeetingNumber } from '../webex/url/meeting-number';
import { copyText, type CopyEnv } from './copy-text';
import { explainedBackUrl, type ExplainedText } from './explained-text';
import { resultFingerprint } from './fingerprint';
import { checkingOffer, meetingOffer, type MeetingOffer } from './meeting-offer';
import { siteOfPage } from './page-site';
import { usableActions } from './panel-actions';
import { runPanelAction, type PanelStatus } from './panel-runner';
import { resultSummary } from './result-summary';

/** What the panel component (components/explainer/LiveResultPanel.tsx) is given. */
export interface PanelView {
  text: ExplainedText;
  actions: readonly ActionId[];
  run(action: ActionId): Promise<PanelStatus | undefined>;
  /**
   * When the result offers Start: what to say while the background checks the meeting, and the
   * check itself (describeResultMeeting). Start shows only once the check says `ready`.
   */
  meeting?: { initial: MeetingOffer; check(): Promise<MeetingOffer> };
}

/** The options of WXT's createShadowRootUi that the panel uses. */
export interface PanelUiOptions {
  name: string;
  position: 'inline';
  anchor: string;
  append: 'first';
  /** Closed: page scripts get no handle on the panel's tree (`host.shadowRoot` is null). */
  mode: 'closed';
  css: string;
  isolateEvents: boolean;
  onMount(container: HTMLElement, shadow: ShadowRoot, host: HTMLElement): HTMLElement;
  onRemove(container: HTMLElement | undefined): void;
}

/** Everything the in-page panel touches, wired by entrypoints/result-panel.content. */
export interface ResultPanelEnv {
  location: Pick<Location, 'href' | 'assign'>;
  /** How the host came to this page (`reload`, `back_forward`, `navigate`), if known. */
  navigationType(): string | undefined;
  sendMessage: typeof sendMessage;
  /** The clock and the browser's time zone, for the meeting's start time. */
  now(): number;
  timeZone: string;
  clipboard?: CopyEnv['clipboard'];
  document: CopyEnv['document'];
  /** The panel's style sheet, inlined into its shadow root. */
  css: string;
  /** WXT's createShadowRootUi, bound to the content script's context. */
  createShadowRootUi(options: PanelUiOptions): Promise<{ mount(): void; remove(): void }>;
  /** Renders the panel component into `container`, or clears it (null). */
  render(view: PanelView | null, container: HTMLElement): void;
}

/** Dismissed before and back by reload or history? And the theme. The background reads storage. */
async function panelSetup(env: ResultPanelEnv, fingerprint: string) {
  const reply = await env.sendMessage('resultPanelSetup', {
    fingerprint,
    navigationType: env.navigationType(),
  });
  // Without an answer the result is still worth explaining, in the page's own colours.
  return reply.ok ? reply.value : { hidden: false, theme: 'system' as Theme, site: undefined };
}

/** The background's word on the meeting (describeResultMeeting) before Start is offered. */
function meetingCheck(env: ResultPanelEnv, meetingKey: string): PanelView['meeting'] {
  return {
    initial: checkingOffer(meetingKey),
    check: async () =>
      meetingOffer(await env.sendMessage('describeResultMeeting', { meetingKey }), meetingKey, {
        now: env.now(),
        timeZone: env.timeZone,
      }),
  };
}

function panelView(
  env: ResultPanelEnv,
  result: BackUrlResult,
  sites: { site?: WebExSite; pageSite?: WebExSite },
  shadow: ShadowRoot,
  dismiss: () => Promise<void>,
): PanelView {
  const pageUrl = env.location.href;
  const explanation = explainResult(result);
  // Only digits name a meeting the panel may ask about; anything else stays a quoted value.
  const meetingKey = isMeetingNumber(result.mk) ? result.mk : undefined;
  const { site, pageSite } = sites;
  const actions = usableActions(explanation.actions, {
    meetingKey,
    siteKnown: !!site,
    pageOnSite: !!pageSite,
  });
  return {
    text: explainedBackUrl(result, explanation),
    actions,
    meeting:
      meetingKey && actions.includes('start-meeting') ? meetingCheck(env, meetingKey) : undefined,
    run: (action) =>
      runPanelAction(action, {
        pageUrl,
        meetingKey,
        site,
        pageSite,
        summary: resultSummary(result, explanation, pageUrl),
        openExtensionPage: (page) => env.sendMessage('openExtensionPage', { page }),
        startMeeting: (key) => env.sendMessage('startResultMeeting', { meetingKey: key }),
        copy: (text) =>
          copyText(text, { clipboard: env.clipboard, container: shadow, document: env.document }),
        navigate: (url) => env.location.assign(url),
        dismiss,
      }),
  };
}

/**
 * The in-page panel: parse the page's result, skip it if the host dismissed it, then show its
 * explanation and actions in a shadow root. Resolves to whether the panel is on screen.
 */
export async function showResultPanel(env: ResultPanelEnv): Promise<boolean> {
  const pageUrl = env.location.href;
  const result = parseBackUrlResult(pageUrl);
  if (!result) return false;
  const fingerprint = resultFingerprint(pageUrl, result);
  const setup = await panelSetup(env, fingerprint);
  if (setup.hidden) return false;
  const { theme } = setup;

  // Off WebEx's own pages, signing in or out goes to the signed-in (or last) site; a meeting is
  // joined only on the page's own site.
  const pageSite = siteOfPage(pageUrl);
  const site = pageSite ?? setup.site;

  const ui = await env.createShadowRootUi({
    name: 'webex-result-panel',
    position: 'inline',
    anchor: 'body',
    append: 'first',
    mode: 'closed',
    css: env.css,
    // Keys typed in the panel must not trigger the page's keyboard shortcuts.
    isolateEvents: true,
    onMount(container, shadow, host) {
      // The host's light/dark choice in Options; "system" follows the page's colour scheme.
      if (theme !== 'system') host.dataset.theme = theme;
      const dismiss = async () => {
        ui.remove();
        await env.sendMessage('dismissResult', { fingerprint });
      };
      env.render(panelView(env, result, { site, pageSite }, shadow, dismiss), container);
      return container;
    },
    onRemove(container) {
      if (container) env.render(null, container);
    },
  });
  ui.mount();
  return true;
}
