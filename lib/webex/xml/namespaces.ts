const SCHEMAS = 'http://www.webex.com/schemas/2002/06';

/** The XML API namespaces, by the prefixes our requests use. */
export const NAMESPACES = {
  serv: `${SCHEMAS}/service`,
  com: `${SCHEMAS}/common`,
  meet: `${SCHEMAS}/service/meeting`,
  att: `${SCHEMAS}/service/attendee`,
  use: `${SCHEMAS}/service/user`,
  site: `${SCHEMAS}/service/site`,
  ep: `${SCHEMAS}/service/ep`,
  mtgtype: `${SCHEMAS}/service/meetingtype`,
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

export type NamespacePrefix = keyof typeof NAMESPACES;

/** Prefixes a body may use; serv, com and xsi are always declared. */
export type BodyPrefix = Exclude<NamespacePrefix, 'serv' | 'com' | 'xsi'>;
