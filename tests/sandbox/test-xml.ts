import { XMLParser } from 'fast-xml-parser';
import type { Agent } from 'undici';
import { SANDBOX_ACCOUNTS, type SandboxAccount } from './accounts.ts';
import { sandboxFetch } from './test-client.ts';

const BASE = 'http://www.webex.com/schemas/2002/06';
const SERVICE_NAMESPACES: Record<string, string> = {
  meet: `${BASE}/service/meeting`,
  use: `${BASE}/service/user`,
  site: `${BASE}/service/site`,
  ep: `${BASE}/service/ep`,
  mtgtype: `${BASE}/service/meetingtype`,
};

export interface Credentials {
  site: string;
  webExID?: string;
  password?: string;
  /** The securityContext's `email`, which names the host instead of `webExID`. */
  email?: string;
  sessionTicket?: string;
}

/** A sandbox account in the XML API's spelling (`webExID`). */
const credentialsOf = ({ site, webExId, password }: SandboxAccount): Credentials => ({
  site,
  webExID: webExId,
  password,
});

export const ALICE = credentialsOf(SANDBOX_ACCOUNTS.alice);
export const BOB = credentialsOf(SANDBOX_ACCOUNTS.bob);
export const DANA = credentialsOf(SANDBOX_ACCOUNTS.dana);
export const ERIN = credentialsOf(SANDBOX_ACCOUNTS.erin);

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** A request in the namespaced form design.md prescribes; `type` like `meet:createMeeting`. */
export function request(credentials: Credentials, type: string, body = ''): string {
  const prefix = type.split(':')[0] as string;
  const security = [
    credentials.webExID !== undefined
      ? `<com:webExID>${escape(credentials.webExID)}</com:webExID>`
      : '',
    credentials.password !== undefined
      ? `<com:password>${escape(credentials.password)}</com:password>`
      : '',
    `<com:siteName>${escape(credentials.site)}</com:siteName>`,
    credentials.email !== undefined ? `<com:email>${escape(credentials.email)}</com:email>` : '',
    credentials.sessionTicket !== undefined
      ? `<com:sessionTicket>${escape(credentials.sessionTicket)}</com:sessionTicket>`
      : '',
  ].join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<serv:message xmlns:serv="${BASE}/service" xmlns:com="${BASE}/common" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:att="${BASE}/service/attendee" ` +
    `xmlns:${prefix}="${SERVICE_NAMESPACES[prefix]}">` +
    `<serv:header><serv:securityContext>${security}</serv:securityContext></serv:header>` +
    `<serv:body><serv:bodyContent xsi:type="${type}">${body}</serv:bodyContent></serv:body></serv:message>`
  );
}

export interface XmlReply {
  status: number;
  contentType: string | null;
  text: string;
  /** The document with prefixes removed (undefined if not XML). */
  document: Record<string, unknown>;
  result: string | undefined;
  exceptionId: string | undefined;
  reason: string | undefined;
  /** Text of the first element with this local name in bodyContent (prefixes ignored). */
  value(name: string): string | undefined;
  /** Every element with this local name in bodyContent, as parsed objects. */
  all(name: string): Record<string, unknown>[];
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: () => true,
});

type Tree = Record<string, unknown[]>;

function find(tree: unknown, name: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(tree)) tree.forEach((item) => find(item, name, found));
  else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree as Tree)) {
      if (key === name) found.push(...(value as unknown[]));
      else find(value, name, found);
    }
  }
  return found;
}

function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object') {
    const text = (node as Tree)['#text'];
    return text === undefined ? '' : String(text[0]);
  }
  return undefined;
}

export async function postXml(agent: Agent, url: string, body: string): Promise<XmlReply> {
  const response = await sandboxFetch(agent)(url, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=UTF-8' },
    body,
  });
  const text = await response.text();
  let document: Record<string, unknown> = {};
  try {
    document = parser.parse(text) as Record<string, unknown>;
  } catch {
    // not XML: tests look at text and status
  }
  const response0 = find(document, 'response')[0];
  const bodyContent = find(document, 'bodyContent')[0];
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    document,
    result: textOf(find(response0, 'result')[0]),
    exceptionId: textOf(find(response0, 'exceptionID')[0]),
    reason: textOf(find(response0, 'reason')[0]),
    value: (name) => textOf(find(bodyContent, name)[0]),
    all: (name) => find(bodyContent, name) as Record<string, unknown>[],
  };
}
