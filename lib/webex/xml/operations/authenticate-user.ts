import type { WebExSite } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { passwordCredentials } from '../credentials';
import { buildRequestXml } from '../envelope';
import { readInteger, readToken, required, withoutUndefined } from '../fields';
import type { XmlNode } from '../xml-tree';

export interface AuthenticateUserResult {
  sessionTicket: string;
  /** Epoch ms when WebEx issued the ticket (newer servers). */
  createTime?: number;
  /** Seconds the ticket stays valid (newer servers; 5400 seen). */
  timeToLive?: number;
}

/** The only request that carries the password; the body stays empty (password sign-in). */
export function buildAuthenticateUserRequest(
  site: WebExSite,
  webExId: string,
  password: string,
): string {
  return buildRequestXml({
    security: passwordCredentials(site, webExId, password),
    bodyType: 'use:authenticateUser',
    body: {},
  });
}

export function parseAuthenticateUserResponse(content: XmlNode): AuthenticateUserResult {
  return withoutUndefined({
    sessionTicket: required(
      readToken(content, 'sessionTicket'),
      'AuthenticateUser',
      'sessionTicket',
    ),
    createTime: readInteger(content, 'createTime'),
    timeToLive: readInteger(content, 'timeToLive'),
  });
}

export async function authenticateUser(
  env: XmlApiEnvironment,
  site: WebExSite,
  webExId: string,
  password: string,
): Promise<AuthenticateUserResult> {
  const request = buildAuthenticateUserRequest(site, webExId, password);
  return parseAuthenticateUserResponse(await callXmlApi(env, site, 'AuthenticateUser', request));
}
