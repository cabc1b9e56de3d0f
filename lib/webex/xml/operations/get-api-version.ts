import type { WebExSite } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { siteCredentials } from '../credentials';
import { buildRequestXml } from '../envelope';
import { readToken, required, withoutUndefined } from '../fields';
import type { XmlNode } from '../xml-tree';

export interface ApiVersion {
  /** e.g. `WebEx XML API V11.0.0`. */
  apiVersion: string;
  release?: string;
}

/** Needs no account: used to probe whether a site still answers the XML API. */
export function buildGetApiVersionRequest(site: WebExSite): string {
  return buildRequestXml({
    security: siteCredentials(site),
    bodyType: 'ep:getAPIVersion',
    body: {},
  });
}

export function parseGetApiVersionResponse(content: XmlNode): ApiVersion {
  return withoutUndefined({
    apiVersion: required(readToken(content, 'apiVersion'), 'GetAPIVersion', 'apiVersion'),
    release: readToken(content, 'release'),
  });
}

export async function getApiVersion(env: XmlApiEnvironment, site: WebExSite): Promise<ApiVersion> {
  const request = buildGetApiVersionRequest(site);
  return parseGetApiVersionResponse(await callXmlApi(env, site, 'GetAPIVersion', request));
}
