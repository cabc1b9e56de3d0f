import { escapeHtml, page } from './html.ts';

function queryBlock(query: string): string {
  return `<p>Query string:</p><pre id="query">${escapeHtml(query)}</pre>`;
}

/** WebEx's own landing page, where results go when a command has no BU. */
export function landingPage(site: string, query: string): string {
  return page(
    `${site}.webex.com`,
    `<h1>${escapeHtml(site)}.webex.com</h1><p>Welcome to ${escapeHtml(site)}'s Webex site.</p>` +
      queryBlock(query),
  );
}

/** A neutral page to pass as BU in tests and demos: shows its query string as text. */
export function backUrlTestPage(title: string, query: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>` + queryBlock(query));
}

export function joinPage(site: string, meetingKey: string): string {
  return page(
    `Join meeting - ${site}.webex.com`,
    `<h1>Join meeting</h1><p>Meeting number: <span id="meeting-key">${escapeHtml(meetingKey)}</span></p>`,
  );
}

export function invitationPage(site: string, query: string): string {
  return page(
    `Meeting information - ${site}.webex.com`,
    '<h1>Meeting information</h1>' + queryBlock(query),
  );
}

export function notFoundPage(): string {
  return page(
    '404 Not Found',
    '<h1>Not Found</h1><p>The requested URL was not found on this server.</p>',
  );
}

/** What a site whose XML API (and URL API) is switched off answers: 404, HTML. */
export function apiOffPage(site: string): string {
  return page(
    '404 Not Found',
    `<h1>Not Found</h1><p>${escapeHtml(site)}.webex.com does not offer this service.</p>`,
  );
}

/** The `html` fault: a 200 HTML page where XML was expected (a maintenance or sign-in page). */
export function maintenancePage(): string {
  return page('Cisco Webex', '<h1>Cisco Webex</h1><p>The service is undergoing maintenance.</p>');
}

export function serverErrorPage(): string {
  return page('500 Internal Server Error', '<h1>Internal Server Error</h1>');
}

/** WebEx's own home page (www.webex.com), where unknown site names are sent: no site, no API. */
export function webexHomePage(): string {
  return page('Webex', '<h1>Webex</h1><p>Video conferencing, online meetings and more.</p>');
}

/** The body of a 302 (browsers follow the Location header, not this). */
export function movedPage(location: string): string {
  return page(
    '302 Found',
    `<p>The document has moved <a href="${escapeHtml(location)}">here</a>.</p>`,
  );
}
