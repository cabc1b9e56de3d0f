import type { ServerResponse } from 'node:http';
import { escapeHtml, page } from '../html.ts';
import { HTML, send } from '../http.ts';
import type { RestStore } from './state.ts';

const JOIN_PATH = /^\/wbxmjs\/joinservice\/sites\/([a-z0-9-]+)\/meeting\/download\/([0-9a-f]{32})$/;

/** True for the path of a REST start or join link on a site's host. */
export function isJoinServicePath(path: string): boolean {
  return JOIN_PATH.test(path);
}

/**
 * The page a REST start or join link opens on `https://SITE.webex.com`: the meeting, started
 * (a start link puts the meeting in progress) or joined; 403 for an unknown or expired link.
 */
export function serveJoinService(
  response: ServerResponse,
  url: URL,
  site: string,
  store: RestStore,
  now: number,
): void {
  const [, pathSite, meetingId] = JOIN_PATH.exec(url.pathname) ?? [];
  const token = url.searchParams.get('integrationJoinToken');
  const link = store.state.joinLinks.find(
    (entry) => entry.token === token && entry.meetingId === meetingId && entry.expiresAt > now,
  );
  if (link?.room) {
    if (pathSite !== site || link.room.siteUrl !== `${site}.webex.com`)
      return invalidLink(response);
    const title = `${link.start ? 'You started' : 'You joined'} “${link.room.title}”`;
    return send(response, 200, HTML, page(title, `<h1>${escapeHtml(title)}</h1>`));
  }
  const meeting = store.state.meetings.find((item) => item.id === meetingId);
  if (!link || !meeting || pathSite !== site || meeting.siteUrl !== `${site}.webex.com`) {
    return invalidLink(response);
  }
  if (link.start && meeting.state === 'scheduled') meeting.state = 'inProgress';
  const verb = link.start ? 'You started' : 'You joined';
  const title = `${verb} “${meeting.title}”`;
  const body = `<h1>${escapeHtml(title)}</h1><p>Meeting number ${escapeHtml(meeting.meetingNumber)} on ${escapeHtml(meeting.siteUrl)} (sandbox).</p>`;
  send(response, 200, HTML, page(title, body));
}

function invalidLink(response: ServerResponse): void {
  const body = '<h1>This link is not valid</h1><p>It expired or was never issued.</p>';
  send(response, 403, HTML, page('Webex', body));
}
