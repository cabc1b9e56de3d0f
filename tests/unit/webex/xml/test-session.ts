import type { Session, WebExSite } from '../../../../lib/webex/types';

export const SITE: WebExSite = { name: 'acme', origin: 'https://acme.webex.com' };

export const SESSION: Session = {
  site: SITE,
  webExId: 'jdoe',
  sessionTicket: 'AAABXVoNJ9w4AAAAAAAA',
  expiresAt: Date.UTC(2030, 0, 1),
};
