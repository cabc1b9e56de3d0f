import { describe, expect, it } from 'vitest';
import { implicitToken } from './test-oauth.ts';
import { GINA, HUGO, meetingRequest, restCalls } from './test-rest.ts';
import { useSandbox } from './test-setup.ts';

const DAY = 24 * 3600_000;

describe('REST GET /meetings: ranges, kinds and Link paging', { timeout: 60_000 }, () => {
  const fx = useSandbox();
  const api = restCalls(fx);
  /** A meeting each day at 10:00 Berlin, starting tomorrow, titled `Day N`. */
  const scheduleDays = async (count: number, token = GINA) => {
    const ids: string[] = [];
    for (let day = 1; day <= count; day += 1) {
      const start = new Date(Date.UTC(2025, 5, 2 + day, 8)).toISOString();
      const end = new Date(Date.UTC(2025, 5, 2 + day, 8, 30)).toISOString();
      const reply = await api.post(
        '/meetings',
        meetingRequest({ title: `Day ${day}`, start, end }),
        token,
      );
      ids.push(reply.json.id);
    }
    return ids;
  };
  const titles = (reply: { json: { items: { title: string }[] } }) =>
    reply.json.items.map((item) => item.title);
  /** Follows `Link: <...>; rel="next"` to the end; returns each page's titles. */
  const allPages = async (first: string) => {
    const pages: string[][] = [];
    let next: string | undefined = first;
    while (next) {
      const reply = await api.get(next.replace('https://webexapis.com/v1', ''));
      expect(reply.status).toBe(200);
      pages.push(titles(reply));
      next = /<([^>]+)>;\s*rel="next"/.exec(reply.headers.get('link') ?? '')?.[1];
    }
    return pages;
  };

  it('an empty list is 200 {"items":[]} without a Link', async () => {
    const reply = await api.get('/meetings?meetingType=scheduledMeeting');
    expect([reply.status, reply.text, reply.headers.get('link')]).toEqual([
      200,
      '{"items":[]}',
      null,
    ]);
  });

  it('defaults: series of the next 7 days, 10 to a page', async () => {
    await scheduleDays(9);
    const reply = await api.get('/meetings');
    expect(titles(reply)).toEqual(['Day 1', 'Day 2', 'Day 3', 'Day 4', 'Day 5', 'Day 6']);
    expect(reply.json.items[0].meetingType).toBe('meetingSeries');
  });

  it('scheduledMeeting items: their own id, the series id, state scheduled or ready', async () => {
    const body = meetingRequest({ start: '2025-06-02T09:00:00Z', end: '2025-06-02T09:30:00Z' });
    const { id } = (await api.post('/meetings', body)).json;
    const reply = await api.get('/meetings?meetingType=scheduledMeeting');
    expect(reply.json.items[0]).toMatchObject({
      id: `${id}_20250602T090000Z`,
      meetingSeriesId: id,
      meetingType: 'scheduledMeeting',
      state: 'scheduled',
    });
    fx.sandbox.clock.set(Date.UTC(2025, 5, 2, 8, 56)); // five minutes before: ready to start
    const soon = await api.get('/meetings?meetingType=scheduledMeeting');
    expect(soon.json.items[0].state).toBe('ready');
  });

  it('meetingNumber: that meeting alone, whatever its time; current=true its occurrence', async () => {
    const create = async (title: string) =>
      (
        await api.post(
          '/meetings',
          meetingRequest({ title, start: '2025-06-02T09:00:00Z', end: '2025-06-02T09:30:00Z' }),
        )
      ).json as { id: string; meetingNumber: string };
    const other = await create('Other');
    const wanted = await create('Wanted');
    expect(wanted.meetingNumber).not.toBe(other.meetingNumber);
    // Past its start, so outside the default range (from now): still found by its number.
    fx.sandbox.clock.set(Date.UTC(2025, 5, 2, 9, 40));
    expect(titles(await api.get('/meetings'))).toEqual([]);
    const series = await api.get(`/meetings?meetingNumber=${wanted.meetingNumber}`);
    expect(series.json.items.map((item: { id: string }) => item.id)).toEqual([wanted.id]);
    const current = await api.get(`/meetings?meetingNumber=${wanted.meetingNumber}&current=true`);
    expect(current.json.items).toMatchObject([
      { meetingSeriesId: wanted.id, meetingType: 'scheduledMeeting', title: 'Wanted' },
    ]);
    expect((await api.get('/meetings?meetingNumber=1')).json.items).toEqual([]);
  });

  it('from (inclusive) and to (exclusive) on the start; from after to is 400', async () => {
    await scheduleDays(5);
    const range = await api.get(
      '/meetings?meetingType=scheduledMeeting&from=2025-06-04T08:00:00Z&to=2025-06-06T08:00:00Z',
    );
    expect(titles(range)).toEqual(['Day 2', 'Day 3']);
    expect((await api.get('/meetings?from=2025-06-06&to=2025-06-04')).status).toBe(400);
    expect((await api.get('/meetings?from=tomorrow')).status).toBe(400);
  });

  it('max up to 100 with Link paging; a full last page links to an empty one', async () => {
    await scheduleDays(7);
    const query =
      '/meetings?meetingType=scheduledMeeting&from=2025-06-02T00:00:00Z&to=2025-07-01T00:00:00Z';
    expect(await allPages(`${query}&max=3`)).toEqual([
      ['Day 1', 'Day 2', 'Day 3'],
      ['Day 4', 'Day 5', 'Day 6'],
      ['Day 7'],
    ]);
    expect((await allPages(`${query}&max=7`)).map((page) => page.length)).toEqual([7, 0]);
    const link = (await api.get(`${query}&max=3`)).headers.get('link')!;
    expect(link).toMatch(
      /^<https:\/\/webexapis\.com\/v1\/meetings\?meetingType=scheduledMeeting&.*&max=3&cursor=[\w-]+>; rel="next"$/,
    );
    expect((await api.get(`${query}&max=100`)).status).toBe(200);
    for (const max of ['101', '0', '2.5'])
      expect((await api.get(`${query}&max=${max}`)).status).toBe(400);
  });

  it('meetingType=meeting&state=ended lists ended meetings of the past 7 days', async () => {
    const [first] = await scheduleDays(2);
    fx.sandbox.rest.state.meetings.find((meeting) => meeting.id === first)!.state = 'ended';
    const token = await implicitToken(fx.browser()); // 14 days: outlives the 12-hour PAT
    fx.sandbox.clock.advance(3 * DAY);
    const ended = await api.get('/meetings?meetingType=meeting&state=ended', token);
    expect(
      ended.json.items.map((item: { title: string; state: string; meetingType: string }) => [
        item.title,
        item.state,
        item.meetingType,
      ]),
    ).toEqual([['Day 1', 'ended', 'meeting']]);
  });

  it('siteUrl: another site the person is on; a site they are not on is 403', async () => {
    await scheduleDays(1, HUGO);
    expect(titles(await api.get('/meetings', HUGO))).toEqual(['Day 1']);
    expect(titles(await api.get('/meetings?siteUrl=acme.webex.com', HUGO))).toEqual([]);
    expect((await api.get('/meetings?siteUrl=retired.webex.com')).status).toBe(403);
  });

  it('an invitee sees the meeting; someone else does not', async () => {
    await api.post('/meetings', meetingRequest({ invitees: [{ email: 'hugo@retired.example' }] }));
    expect(titles(await api.get('/meetings?siteUrl=acme.webex.com', HUGO))).toEqual([
      'Weekly sync',
    ]);
    fx.sandbox.rest.state.meetings[0]!.invitees = [];
    expect(titles(await api.get('/meetings?siteUrl=acme.webex.com', HUGO))).toEqual([]);
  });
});
