import * as v from 'valibot';
import type { browser } from 'wxt/browser';
import { t } from '../i18n';
import { MESSAGE_RULES, type SenderPolicy } from '../message-rules';
import { failedReply, type FailedReply, type MessageType } from '../messaging';
import { resultOriginsItem } from '../storage';
import { parseUrl } from '../url';
import { looksLikeWebExResult } from '../webex/url/looks-like-result';
import type { MessageSender } from './message-handlers';

/** What the guard needs to know about this extension, passed in so tests can use their own. */
export interface GuardEnv {
  /** `runtime.id`. */
  extensionId: string;
  /** `runtime.getURL('/')`: every page of this extension lives under it. */
  extensionBaseUrl: string;
  /** The result origins the host added in Options (`https://intranet.example`), read when needed. */
  resultOrigins(): Promise<readonly string[]>;
}

/** The guard's environment in the background. */
export function browserGuardEnv(api: typeof browser): GuardEnv {
  // getURL's generated typing does not reach lib/ (see browser-env.ts).
  const runtime = api.runtime as unknown as { id: string; getURL(path: string): string };
  return {
    extensionId: runtime.id,
    extensionBaseUrl: runtime.getURL('/'),
    resultOrigins: () => resultOriginsItem.getValue(),
  };
}

/** Who sent a message, as far as the policies care. */
export type SenderKind = 'extensionPage' | 'resultPanel' | 'other';

function isWebExHost(host: string): boolean {
  return host === 'webex.com' || host.endsWith('.webex.com');
}

/**
 * A content script's frame on a result page: https on *.webex.com (where the manifest runs the
 * detector) or exactly an origin the host added, and an address carrying a URL API result.
 */
async function isResultPage(pageUrl: string, env: GuardEnv): Promise<boolean> {
  const url = parseUrl(pageUrl);
  if (!url || !looksLikeWebExResult(url.search + url.hash)) return false;
  if (url.protocol === 'https:' && isWebExHost(url.hostname)) return true;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return (await env.resultOrigins()).includes(`${url.protocol}//${url.hostname}`);
}

/**
 * Tells the extension's own pages from its content scripts by what the browser vouches for:
 * the sender's extension id, and the address of the frame that sent the message (a content
 * script's is the web page's; it cannot choose it). Anything else is `other`.
 */
export async function senderKind(sender: MessageSender, env: GuardEnv): Promise<SenderKind> {
  if (sender.id !== env.extensionId || typeof sender.url !== 'string') return 'other';
  if (sender.url.startsWith(env.extensionBaseUrl)) {
    // Chrome also names the sender's origin; an extension page's is the extension's own.
    const origin = (sender as { origin?: string }).origin;
    const ownOrigin = env.extensionBaseUrl.replace(/\/$/, '');
    return origin === undefined || origin === ownOrigin ? 'extensionPage' : 'other';
  }
  if (sender.tab?.id === undefined) return 'other';
  return (await isResultPage(sender.url, env)) ? 'resultPanel' : 'other';
}

const ADMITTED: Record<SenderPolicy, readonly SenderKind[]> = {
  extensionPages: ['extensionPage'],
  resultPanel: ['resultPanel'],
  extensionPagesOrResultPanel: ['extensionPage', 'resultPanel'],
};

/** True when `policy` lets a sender of this kind send the message. */
export function policyAdmits(policy: SenderPolicy, kind: SenderKind): boolean {
  return ADMITTED[policy].includes(kind);
}

function refusal(kind: 'sender' | 'data', type: string): FailedReply {
  const message = t(kind === 'sender' ? 'common.refused.sender' : 'common.refused.data', {
    message: type.slice(0, 40),
  });
  return failedReply({
    kind: 'refused',
    message,
    explanation: {
      title: t('common.refused.title'),
      meaning: message,
      action: t('common.refused.action'),
    },
  });
}

/** A message that passed the guard: its data as its schema read it. */
export type Admitted = { ok: true; data: unknown } | { ok: false; reply: FailedReply };

/**
 * Checks one incoming message against its rule in lib/message-rules.ts: first who sent it, then
 * its data's shape and size. A refusal is a FailedReply of kind `refused`; nothing else is done.
 */
export async function admitMessage(
  type: MessageType,
  data: unknown,
  sender: MessageSender,
  env: GuardEnv,
): Promise<Admitted> {
  const rule = MESSAGE_RULES[type];
  if (!policyAdmits(rule.senders, await senderKind(sender, env))) {
    return { ok: false, reply: refusal('sender', type) };
  }
  const parsed = v.safeParse(rule.data as v.GenericSchema, data);
  if (!parsed.success) return { ok: false, reply: refusal('data', type) };
  return { ok: true, data: parsed.output };
}
