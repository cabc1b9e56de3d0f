import { describe, expect, it } from 'vitest';
import { implicitToken } from './test-oauth.ts';
import { GINA, HUGO, restCalls } from './test-rest.ts';
import { useSandbox } from './test-setup.ts';

const HOUR = 3600_000;

describe(
  'REST bearer checks, /people/me, /meetingPreferences, /meetings/sessionTypes',
  { timeout: 30_000 },
  () => {
    const fx = useSandbox();
    const api = restCalls(fx);

    it('people/me: emails, names, zone and siteUrls with roles', async () => {
      const gina = await api.get('/people/me');
      expect(gina.status).toBe(200);
      expect(gina.json).toMatchObject({
        emails: ['gina@acme.example'],
        displayName: 'Gina Garcia',
        timezone: 'Europe/Berlin',
        siteUrls: ['acme.webex.com#host'],
      });
      const hugo = await api.get('/people/me', HUGO);
      expect(hugo.json.siteUrls).toEqual(['retired.webex.com#host', 'acme.webex.com#attendee']);
    });

    it('meetingPreferences: the sites a person hosts on, the default first, and the Personal Room', async () => {
      const hugo = await api.get('/meetingPreferences', HUGO);
      expect(hugo.json.sites).toEqual([{ siteUrl: 'retired.webex.com', default: true }]);
      const gina = await api.get('/meetingPreferences');
      expect(gina.json.personalMeetingRoom.personalMeetingRoomLink).toBe(
        'https://acme.webex.com/meet/gina',
      );
    });

    it('sessionTypes: the site types; none where the person only attends; 403 elsewhere', async () => {
      const acme = await api.get('/meetings/sessionTypes?siteUrl=acme.webex.com');
      expect(
        acme.json.items.map((item: { id: string; name: string }) => [item.id, item.name]),
      ).toEqual([
        ['74377', 'Meeting Center Pro'],
        ['74378', 'Pro 1000 (large meetings)'],
      ]);
      expect((await api.get('/meetings/sessionTypes', HUGO)).json.items).toEqual([
        { id: '1', name: 'Meeting Center', type: 'meeting', attendeesCapacity: 1000 },
      ]);
      expect(
        (await api.get('/meetings/sessionTypes?siteUrl=acme.webex.com', HUGO)).json.items,
      ).toEqual([]);
      expect((await api.get('/meetings/sessionTypes?siteUrl=strict.webex.com')).status).toBe(403);
    });

    it('401 with a JSON error for no token, an unknown one and a malformed header', async () => {
      const none = await api.call(undefined, 'GET', '/people/me');
      expect([none.status, typeof none.json.trackingId, none.json.errors.length]).toEqual([
        401,
        'string',
        1,
      ]);
      expect((await api.get('/people/me', 'not-a-token')).status).toBe(401);
      expect((await api.call('', 'GET', '/people/me')).status).toBe(401);
    });

    it('the personal access token lives 12 hours (from start or reset)', async () => {
      fx.sandbox.clock.advance(12 * HOUR - 1000);
      expect((await api.get('/people/me', GINA)).status).toBe(200);
      fx.sandbox.clock.advance(1000);
      expect((await api.get('/people/me', GINA)).status).toBe(401);
      fx.sandbox.reset();
      expect((await api.get('/people/me', GINA)).status).toBe(200);
    });

    it('403 for a scope the token lacks', async () => {
      const token = await implicitToken(fx.browser(), 'spark:people_read');
      expect((await api.get('/people/me', token)).status).toBe(200);
      const denied = await api.get('/meetings', token);
      expect([denied.status, denied.json.errors[0].description]).toEqual([
        403,
        'Missing scope: meeting:schedules_read',
      ]);
    });

    it('unknown paths answer 404 and known paths with another method 405, both JSON errors', async () => {
      expect((await api.get('/rooms')).status).toBe(404);
      expect((await api.call(GINA, 'PUT', '/people/me')).status).toBe(405);
      fx.sandbox.rest.requests.length = 0; // neither is an operation of the description
    });

    it('answers carry no CORS header (the extension reaches it through host permissions)', async () => {
      const reply = await api.get('/people/me');
      expect([...reply.headers.keys()].filter((name) => name.startsWith('access-control'))).toEqual(
        [],
      );
    });
  },
);
