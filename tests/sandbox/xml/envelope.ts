import {
  attribute,
  child,
  childText,
  children,
  resolveQName,
  type XmlElement,
} from './document.ts';
import { NS } from './namespaces.ts';

export interface SecurityContext {
  webExID?: string;
  password?: string;
  siteName?: string;
  email?: string;
  sessionTicket?: string;
}

export interface RequestEnvelope {
  form: 'namespaced' | 'legacy-java';
  /** e.g. `CreateMeeting`; `namespace` is the service namespace its xsi:type named. */
  operation: string;
  namespace: string | undefined;
  security: SecurityContext;
  body: XmlElement;
}

const LEGACY_PREFIX = 'java:com.webex.service.binding.';
const LEGACY_FAMILIES: Record<string, string> = {
  meeting: NS.meet,
  user: NS.use,
  site: NS.site,
  ep: NS.ep,
};

/** Reads a serv:message request; undefined when it is not one (WebEx then answers 000000). */
export function readEnvelope(root: XmlElement): RequestEnvelope | undefined {
  if (root.local !== 'message' || root.namespace !== NS.serv) return undefined;
  const bodies = children(child(root, 'body'), 'bodyContent');
  const body = bodies[0];
  if (bodies.length !== 1 || !body) return undefined;
  const type = attribute(body, NS.xsi, 'type');
  if (type === undefined) return undefined;
  const context = child(child(root, 'header'), 'securityContext');
  const security: SecurityContext = {};
  for (const field of ['webExID', 'password', 'siteName', 'email', 'sessionTicket'] as const) {
    const value = childText(context, field);
    if (value !== undefined && value !== '') security[field] = value;
  }
  if (type.startsWith(LEGACY_PREFIX)) {
    const [family, operation] = type.slice(LEGACY_PREFIX.length).split('.');
    if (!family || !operation) return undefined;
    return { form: 'legacy-java', operation, namespace: LEGACY_FAMILIES[family], security, body };
  }
  const { namespace, local } = resolveQName(body, type);
  if (local === '') return undefined;
  const operation = local.charAt(0).toUpperCase() + local.slice(1);
  return { form: 'namespaced', operation, namespace, security, body };
}
