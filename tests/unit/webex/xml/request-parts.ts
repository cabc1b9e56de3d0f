import { descend, parseXmlDocument, type XmlNode } from '../../../../lib/webex/xml/xml-tree';

/** A built request's `serv:bodyContent`, parsed back. */
export function requestBody(xml: string): XmlNode | undefined {
  return descend(parseXmlDocument(xml), ['message', 'body', 'bodyContent']);
}

/** A built request's `serv:securityContext`, parsed back. */
export function requestSecurity(xml: string): XmlNode | undefined {
  return descend(parseXmlDocument(xml), ['message', 'header', 'securityContext']);
}
