import { FAMILY_PREFIXES, NS, type Family } from './namespaces.ts';
import { tag } from './escape.ts';
import type { SandboxException } from './exceptions.ts';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function openMessage(family: Family): string {
  const declarations = Object.entries(FAMILY_PREFIXES[family])
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  return `<serv:message${declarations}>`;
}

/** A SUCCESS envelope; `type` is the bodyContent's xsi:type, e.g. `meet:createMeetingResponse`. */
export function successXml(family: Family, type: string, body: readonly string[]): string {
  return (
    DECLARATION +
    openMessage(family) +
    '<serv:header><serv:response><serv:result>SUCCESS</serv:result><serv:gsbStatus>PRIMARY</serv:gsbStatus></serv:response></serv:header>' +
    `<serv:body><serv:bodyContent xsi:type="${type}" xmlns:xsi="${NS.xsi}">${body.join('')}</serv:bodyContent></serv:body>` +
    '</serv:message>'
  );
}

export function failureXml(family: Family, exception: SandboxException): string {
  return (
    DECLARATION +
    openMessage(family) +
    '<serv:header><serv:response><serv:result>FAILURE</serv:result>' +
    tag('serv:reason', exception.reason) +
    '<serv:gsbStatus>PRIMARY</serv:gsbStatus>' +
    tag('serv:exceptionID', exception.id) +
    '</serv:response></serv:header><serv:body><serv:bodyContent/></serv:body></serv:message>'
  );
}
