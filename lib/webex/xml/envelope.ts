import { XMLBuilder } from 'fast-xml-parser';
import { NAMESPACES, type BodyPrefix } from './namespaces';
import { prefixesIn, prepareElements, type XmlElements } from './xml-content';

/** `serv:securityContext`. The password is only ever sent to AuthenticateUser. */
export interface SecurityContext {
  webExID?: string;
  password?: string;
  siteID?: string;
  siteName?: string;
  partnerID?: string;
  email?: string;
  sessionTicket?: string;
}

// The schema's sequence order; the server rejects fields out of order.
const SECURITY_CONTEXT_ORDER = [
  'webExID',
  'password',
  'siteID',
  'siteName',
  'partnerID',
  'email',
  'sessionTicket',
] as const satisfies readonly (keyof SecurityContext)[];

export interface RequestSpec {
  security: SecurityContext;
  /** The body's `xsi:type`, e.g. `meet:createMeeting`. */
  bodyType: `${BodyPrefix}:${string}`;
  /** Children of `serv:bodyContent`, with qualified names in schema order. */
  body: XmlElements;
}

// Text arrives escaped by prepareElements, so the builder must not escape it again.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  suppressEmptyNode: false,
  format: false,
});

function securityElements(security: SecurityContext): XmlElements {
  return Object.fromEntries(
    SECURITY_CONTEXT_ORDER.map((field) => [`com:${field}`, security[field]]),
  );
}

function namespaceDeclarations(spec: RequestSpec): Record<string, string> {
  const bodyPrefix = spec.bodyType.slice(0, spec.bodyType.indexOf(':'));
  const used = new Set(['serv', 'com', 'xsi', bodyPrefix, ...prefixesIn(spec.body)]);
  return Object.fromEntries(
    Object.entries(NAMESPACES)
      .filter(([prefix]) => used.has(prefix))
      .map(([prefix, uri]) => [`@_xmlns:${prefix}`, uri]),
  );
}

/** One XML API request document, in the namespaced form the published schema validates. */
export function buildRequestXml(spec: RequestSpec): string {
  const message = {
    'serv:message': {
      ...namespaceDeclarations(spec),
      'serv:header': {
        'serv:securityContext': prepareElements(securityElements(spec.security)) ?? '',
      },
      'serv:body': {
        'serv:bodyContent': { '@_xsi:type': spec.bodyType, ...prepareElements(spec.body) },
      },
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(message) as string}`;
}
