import type { WebExSite } from '../types';
import type { XmlOperation } from './operation-names';
import { readBodyContent } from './response';
import { postXml, rejectHttpError, type XmlTransportOptions } from './transport';
import type { XmlNode } from './xml-tree';

/** What every operation needs from its surroundings. */
export type XmlApiEnvironment = XmlTransportOptions;

/** Sends one request and returns the `bodyContent` of a SUCCESS answer; throws WebExError. */
export async function callXmlApi(
  env: XmlApiEnvironment,
  site: WebExSite,
  operation: XmlOperation,
  requestXml: string,
): Promise<XmlNode> {
  const context = { operation, site };
  const answer = await postXml(env, context, requestXml);
  rejectHttpError(answer, context);
  return readBodyContent(answer.body, context, answer.status, answer.contentType);
}
