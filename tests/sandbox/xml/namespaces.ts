const BASE = 'http://www.webex.com/schemas/2002/06';

export const NS = {
  serv: `${BASE}/service`,
  com: `${BASE}/common`,
  meet: `${BASE}/service/meeting`,
  att: `${BASE}/service/attendee`,
  use: `${BASE}/service/user`,
  site: `${BASE}/service/site`,
  ep: `${BASE}/service/ep`,
  mtgtype: `${BASE}/service/meetingtype`,
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** The prefixes WebEx declares on a response, per service family (as recorded/*.xml shows). */
export type Family = 'meeting' | 'user' | 'site' | 'ep' | 'meetingtype' | 'none';

export const FAMILY_PREFIXES: Record<Family, Record<string, string>> = {
  meeting: { serv: NS.serv, com: NS.com, meet: NS.meet, att: NS.att },
  user: { serv: NS.serv, com: NS.com, use: NS.use },
  site: { serv: NS.serv, com: NS.com, ns1: NS.site },
  ep: { serv: NS.serv, com: NS.com, ep: NS.ep },
  meetingtype: { serv: NS.serv, com: NS.com, mtgtype: NS.mtgtype },
  none: { serv: NS.serv, com: NS.com },
};
