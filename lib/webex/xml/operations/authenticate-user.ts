import type { WebExSite } from '../../types';
import { callXmlApi, type XmlApiEnvironment } from '../call';
import { passwordCredentials, type LoginField } from '../credentials';
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

/**
 * The only request that carries the password; the body stays empty (password sign-in). The
 * host is named by `webExID`, or by `email` when `field` says so.
 */
export function buildAuthenticateUserRequest(
  site: WebExSite,
  login: string,
  password: string,
  field: LoginField = 'webExID',
): string {
  return buildRequestXml({
    security: passwordCredentials(site, login, password, field),
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

/** AuthenticateUser: the password (for `login`, a WebEx ID or an email) for a session ticket. */
export async function authenticateUser(
  env: XmlApiEnvironment,
  site: WebExSite,
  login: string,
  password: string,
  field: LoginField = 'webExID',
): Promise<AuthenticateUserResult> {
  const request = buildAuthenticateUserRequest(site, login, password, field);
  return parseAuthenticateUserResponse(await callXmlApi(env, site, 'AuthenticateUser', request));
}
