import { t } from '../../i18n';
import { joinTargetUrl } from '../../meetings/join-target';
import type { ActionId } from '../../webex/rs-catalogue';
import type { WebExSite } from '../../webex/types';
import { buildLogoutAndRetryLink } from '../../webex/url/links';
import { siteLandingPage } from '../../webex/url/site-pages';
import type { ExplainedText } from '../explained-text';
import type { PanelStatus } from '../panel-runner';
import { explainedSummary } from './decode-summary';

/** What Decode's buttons touch: the popup's tabs, options page and clipboard. */
export interface DecodeActionEnv {
  /** The signed-in site, if any: a bare meeting number is joined there, and it is the site to
   * sign in to or out of when the pasted address names none. */
  signedInSite?: WebExSite;
  openTab(url: string): Promise<void>;
  openOptions(): void;
  copyText(text: string): Promise<void>;
}

function siteFor(explained: ExplainedText, signedInSite?: WebExSite): WebExSite | undefined {
  return explained.next?.site ?? signedInSite;
}

/**
 * The panel's next steps that make sense in the popup, in the catalogue's order, then "Copy
 * details" (always). Left out: Start (the popup starts the host's meetings from Recent, after
 * WebEx says they are theirs), "open the extension" (this is it) and Dismiss (Clear is).
 * Join needs a rebuilt link, or a signed-in site for a bare number; sign-in and sign-out need
 * the pasted address's site or the signed-in one.
 */
export function decodeActions(explained: ExplainedText, signedInSite?: WebExSite): ActionId[] {
  const next = explained.next;
  const site = siteFor(explained, signedInSite);
  const usable = (next?.actions ?? []).filter((action) => {
    switch (action) {
      case 'join-meeting':
        return !!next?.join && (next.join.kind === 'link' || !!signedInSite);
      case 'sign-in-on-site':
      case 'sign-out-of-webex':
        return !!site;
      case 'open-settings':
        return true;
      default:
        return false;
    }
  });
  return [...usable, 'copy-details'];
}

async function openTab(
  env: DecodeActionEnv,
  build: () => string,
  message: (url: string) => string,
) {
  let url: string;
  try {
    url = build();
  } catch {
    return { tone: 'error' as const, message: t('decode.status.notOpened') };
  }
  await env.openTab(url);
  return { tone: 'info' as const, message: message(url) };
}

/** Carries out one of Decode's buttons; what happened, in words for the host. */
export async function runDecodeAction(
  action: ActionId,
  explained: ExplainedText,
  env: DecodeActionEnv,
): Promise<PanelStatus> {
  const site = siteFor(explained, env.signedInSite);
  const join = explained.next?.join;
  switch (action) {
    case 'join-meeting':
      if (!join) break;
      return openTab(
        env,
        () => {
          if (join.kind === 'link') return join.url;
          if (!env.signedInSite) throw new Error('No site to join on.');
          return joinTargetUrl(join, env.signedInSite);
        },
        (url) => t('decode.status.joinOpened', { url }),
      );
    case 'sign-in-on-site':
      if (!site) break;
      return openTab(
        env,
        () => siteLandingPage(site),
        () => t('decode.status.signInOpened', { site: site.origin }),
      );
    case 'sign-out-of-webex':
      if (!site) break;
      return openTab(
        env,
        () => buildLogoutAndRetryLink(site, siteLandingPage(site)),
        () => t('decode.status.signOutOpened', { site: site.origin }),
      );
    case 'open-settings':
      env.openOptions();
      return { tone: 'info', message: t('panel.status.openedOptions') };
    case 'copy-details':
      try {
        await env.copyText(explained.next?.summary ?? explainedSummary(explained));
        return { tone: 'info', message: t('panel.status.copied') };
      } catch {
        return { tone: 'error', message: t('panel.status.copyFailed') };
      }
    default:
      break;
  }
  return { tone: 'error', message: t('decode.status.notOpened') };
}
