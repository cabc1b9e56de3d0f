import type { IncomingMessage, ServerResponse } from 'node:http';
import { findSite, type SiteConfig } from './config.ts';
import { BodyTooLarge, FORM, hostName, HTML, readBody, readCookies, send } from './http.ts';
import {
  apiOffPage,
  backUrlTestPage,
  invitationPage,
  joinPage,
  landingPage,
  movedPage,
  notFoundPage,
  webexHomePage,
} from './pages.ts';
import { isJoinServicePath, serveJoinService } from './rest/join-page.ts';
import { handleRest, type RestDependencies } from './rest/router.ts';
import { resolveHost, resolveSitePage, WEBEX_HOME, type SitePage } from './routing.ts';
import type { UrlApiContext } from './url-api/context.ts';
import { handleMPhp } from './url-api/m-php.ts';
import { handlePPhp } from './url-api/p-php.ts';
import { SESSION_COOKIE } from './url-api/session.ts';
import { handleXmlService, type XmlServiceDependencies } from './xml/service.ts';

export type SandboxDependencies = XmlServiceDependencies & RestDependencies;

const XML_SERVICE_PATH = '/WBXService/XMLService';

export function createRequestHandler(deps: SandboxDependencies) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    route(request, response, deps).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof BodyTooLarge) return send(response, 413, 'text/plain', error.message);
      console.error('[sandbox]', error);
      send(response, 500, 'text/plain', `Sandbox error: ${String(error)}`);
    });
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  deps: SandboxDependencies,
): Promise<void> {
  const target = resolveHost(hostName(request), deps.config);
  const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
  if (target.kind === 'unknown') return send(response, 404, HTML, notFoundPage());
  // WebEx answers a site name it does not know by sending it on, POSTs to XMLService included.
  if (target.kind === 'unknown-site') {
    return send(response, 302, HTML, movedPage(WEBEX_HOME), { Location: WEBEX_HOME });
  }
  if (target.kind === 'webex-home') {
    if (url.pathname !== '/') return send(response, 404, HTML, notFoundPage());
    return send(response, 200, HTML, webexHomePage());
  }
  // A preflight gets an answer without any Access-Control-* header, so browsers refuse it, as WebEx.
  if (request.method === 'OPTIONS') {
    return send(response, 200, 'text/plain', '', { Allow: 'GET, POST, OPTIONS' });
  }
  const query = url.search.slice(1);
  if (target.kind === 'rest') return handleRest(request, response, url, deps);
  if (target.kind === 'site' && isJoinServicePath(url.pathname)) {
    return serveJoinService(response, url, target.site.name, deps.store, deps.clock.now());
  }

  if (url.pathname === XML_SERVICE_PATH && target.kind !== 'extra') {
    if (request.method !== 'POST') {
      return send(response, 405, HTML, notFoundPage(), { Allow: 'POST' });
    }
    const urlSite = target.kind === 'site' ? target.site : undefined;
    return handleXmlService(request, response, await readBody(request), urlSite, deps);
  }
  if (url.pathname === '/mywebex/default.do' && target.kind !== 'extra') {
    const site =
      target.kind === 'site'
        ? target.site
        : findSite(deps.config, url.searchParams.get('siteurl') ?? undefined);
    if (!site) return send(response, 404, HTML, notFoundPage());
    return send(response, 200, HTML, landingPage(site.name, query));
  }
  if (target.kind === 'extra') {
    if (url.pathname !== '/landing.html') return send(response, 404, HTML, notFoundPage());
    return send(response, 200, HTML, backUrlTestPage(url.hostname, query));
  }
  const sitePage = resolveSitePage(url.pathname, target, deps.config);
  if (!sitePage) return send(response, 404, HTML, notFoundPage());
  const { site, page } = sitePage;
  switch (page) {
    case 'backurl-test.html':
      return send(response, 200, HTML, backUrlTestPage(`Back URL test - ${site.name}`, query));
    case 'e.php':
      return send(response, 200, HTML, joinPage(site.name, url.searchParams.get('MK') ?? ''));
    case 'j.php':
      return send(response, 200, HTML, invitationPage(site.name, query));
    default:
      return urlApi(request, response, url, site, page, deps);
  }
}

async function urlApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  site: SiteConfig,
  page: Exclude<SitePage, 'backurl-test.html' | 'e.php' | 'j.php'>,
  deps: SandboxDependencies,
): Promise<void> {
  // The URL API went with the XML API: a site that switched one off answers neither.
  if (!site.xmlApiEnabled) return send(response, 404, HTML, apiOffPage(site.name));
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST') {
    return send(response, 405, HTML, notFoundPage(), { Allow: 'GET, POST' });
  }
  const isForm = method === 'POST' && (request.headers['content-type'] ?? '').startsWith(FORM);
  const body = method === 'POST' ? await readBody(request) : '';
  const context: UrlApiContext = {
    response,
    site,
    state: deps.state.site(site.name),
    origin: url.origin,
    query: url.searchParams,
    form: new URLSearchParams(isForm ? body : ''),
    sessionCookie: readCookies(request).get(SESSION_COOKIE),
    now: deps.clock.now,
    tokens: deps.tokens,
    newMeetingKey: deps.state.newMeetingKey,
  };
  if (page === 'p.php') handlePPhp(context);
  else handleMPhp(context);
}
