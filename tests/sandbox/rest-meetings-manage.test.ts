import { describe, expect, it } from 'vitest';
import { GINA, HUGO, meetingRequest, restCalls } from './test-rest.ts';
import { useSandbox } from './test-setup.ts';

describe('REST meetings: get, delete, join links, invitees', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const api = restCalls(fx);
  const scheduled = async (overrides: Record<string, unknown> = {}) =>
    (await api.post('/meetings', meetingRequest(overrides))).json as {
      id: string;
      meetingNumber: string;
      webLink: string;
    };
  const join = (body: Record<string, unknown>, token = GINA) =>
    api.post('/meetings/join', body, token);
  const meeting = () => fx.sandbox.rest.state.meetings[0]!;

  it('GET /meetings/{id}: by series id and by scheduled-meeting id; 404 for someone else', async () => {
    const { id } = await scheduled();
    expect((await api.get(`/meetings/${id}`)).json).toMatchObject({
      id,
      meetingType: 'meetingSeries',
    });
    const occurrence = `${id}_20250603T080000Z`;
    expect((await api.get(`/meetings/${occurrence}`)).json).toMatchObject({
      id: occurrence,
      meetingType: 'scheduledMeeting',
    });
    expect((await api.get(`/meetings/${id}`, HUGO)).status).toBe(404);
    expect((await api.get('/meetings/0123456789abcdef0123456789abcdef')).status).toBe(404);
  });

  it('DELETE: 204 and gone; 404 unknown; 403 for an invitee; 409 in progress', async () => {
    const { id } = await scheduled({ invitees: [{ email: 'hugo@retired.example' }] });
    expect((await api.del(`/meetings/${id}`, HUGO)).status).toBe(403);
    meeting().state = 'inProgress';
    const busy = await api.del(`/meetings/${id}`);
    expect([busy.status, busy.json.message]).toEqual([
      409,
      'A meeting in progress or ended cannot be deleted.',
    ]);
    meeting().state = 'scheduled';
    const gone = await api.del(`/meetings/${id}?sendEmail=false`);
    expect([gone.status, gone.text]).toEqual([204, '']);
    expect(fx.sandbox.rest.state.meetings).toEqual([]);
    expect((await api.del(`/meetings/${id}`)).status).toBe(404);
  });

  it('join with joinDirectly false: startLink for the host, joinLink, expiration (default 5 min)', async () => {
    const { id } = await scheduled();
    const reply = await join({ meetingId: id, joinDirectly: false });
    expect(reply.status).toBe(200);
    expect(reply.json.startLink).toMatch(
      new RegExp(
        `^https://acme\\.webex\\.com/wbxmjs/joinservice/sites/acme/meeting/download/${id}\\?siteurl=acme&integrationJoinToken=[0-9a-f]{40}$`,
      ),
    );
    expect(reply.json.joinLink).not.toBe(reply.json.startLink);
    expect(reply.json.expiration).toBe('2025-06-02T07:05:00Z');
    expect(
      (await join({ meetingId: id, joinDirectly: false, expirationMinutes: 60 })).json.expiration,
    ).toBe('2025-06-02T08:00:00Z');
    expect((await join({ meetingId: id, joinDirectly: false, expirationMinutes: 61 })).status).toBe(
      400,
    );
  });

  it('join: no startLink for an invitee; a cohost gets one; by meetingNumber and webLink too', async () => {
    const { id, meetingNumber, webLink } = await scheduled({
      invitees: [{ email: 'hugo@retired.example' }],
    });
    const invitee = await join({ meetingNumber, joinDirectly: false }, HUGO);
    expect([invitee.status, invitee.json.startLink, typeof invitee.json.joinLink]).toEqual([
      200,
      undefined,
      'string',
    ]);
    meeting().invitees[0]!.coHost = true;
    expect((await join({ webLink, joinDirectly: false }, HUGO)).json.startLink).toMatch(
      /^https:\/\/acme\.webex\.com\//,
    );
    expect((await join({ meetingId: id, meetingNumber, joinDirectly: false })).status).toBe(400);
  });

  it('join without joinDirectly false: a 302 to the join link', async () => {
    const { id } = await scheduled();
    const reply = await join({ meetingId: id });
    expect([
      reply.status,
      reply.headers.get('location')?.startsWith('https://acme.webex.com/wbxmjs/'),
    ]).toEqual([302, true]);
  });

  it('the start link opens a page on the site and puts the meeting in progress; expired: 403', async () => {
    const { id } = await scheduled();
    const { startLink, joinLink } = (await join({ meetingId: id, joinDirectly: false })).json;
    const browser = fx.browser();
    const joined = await browser.open(joinLink);
    expect([
      joined.status,
      joined.text.includes('You joined “Weekly sync”'),
      meeting().state,
    ]).toEqual([200, true, 'scheduled']);
    const started = await browser.open(startLink);
    expect([
      started.status,
      started.text.includes('You started “Weekly sync”'),
      meeting().state,
    ]).toEqual([200, true, 'inProgress']);
    fx.sandbox.clock.advance(5 * 60_000);
    expect((await browser.open(startLink)).status).toBe(403);
    const otherSite = startLink.replace('https://acme.webex.com/', 'https://strict.webex.com/');
    expect((await browser.open(otherSite)).status).toBe(403);
  });

  it('POST /meetingInvitees: a cohost is added; 409 when already invited or the host', async () => {
    const { id } = await scheduled();
    const stranger = { meetingId: id, email: 'x@example.com' };
    expect((await api.post('/meetingInvitees', stranger, HUGO)).status).toBe(403);
    const added = await api.post('/meetingInvitees', {
      meetingId: id,
      email: 'hugo@retired.example',
      coHost: true,
    });
    expect(added.json).toMatchObject({
      email: 'hugo@retired.example',
      coHost: true,
      meetingId: id,
    });
    expect(meeting().invitees.map((invitee) => [invitee.email, invitee.coHost])).toEqual([
      ['hugo@retired.example', true],
    ]);
    const twice = await api.post('/meetingInvitees', {
      meetingId: id,
      email: 'HUGO@retired.example',
    });
    expect([twice.status, twice.json.errors[0].description]).toEqual([
      409,
      'HUGO@retired.example is already invited.',
    ]);
    expect(
      (await api.post('/meetingInvitees', { meetingId: id, email: 'gina@acme.example' })).status,
    ).toBe(409);
    expect(
      (await api.post('/meetingInvitees', { meetingId: 'nope', email: 'x@example.com' })).status,
    ).toBe(404);
  });
});
