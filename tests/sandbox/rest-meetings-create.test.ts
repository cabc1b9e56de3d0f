import { describe, expect, it } from 'vitest';
import { implicitToken } from './test-oauth.ts';
import { HUGO, meetingRequest, restCalls } from './test-rest.ts';
import { useSandbox } from './test-setup.ts';

const MINUTE = 60_000;

describe('REST POST /meetings: the documented rules', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const api = restCalls(fx);
  const create = (overrides: Record<string, unknown> = {}, token?: string) =>
    api.post('/meetings', meetingRequest(overrides), token);
  const refusal = async (overrides: Record<string, unknown>) => {
    const reply = await create(overrides);
    return [reply.status, reply.json.errors[0].description];
  };

  it('creates a meeting series on the default site, with a password the site made', async () => {
    const reply = await create();
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      meetingType: 'meetingSeries',
      state: 'active',
      title: 'Weekly sync',
      start: '2025-06-03T08:00:00Z',
      end: '2025-06-03T08:30:00Z',
      timezone: 'Europe/Berlin',
      siteUrl: 'acme.webex.com',
      hostEmail: 'gina@acme.example',
      sessionTypeId: 74377,
    });
    expect(reply.json.password).toMatch(/^(?=.*[A-Za-z])(?=.*\d)\S{8,32}$/);
    expect(reply.json.webLink).toBe(`https://acme.webex.com/acme/j.php?MTID=m${reply.json.id}`);
    expect(fx.sandbox.rest.state.meetings).toHaveLength(1);
  });

  it('title: required, up to 128 characters', async () => {
    expect((await create({ title: 'x'.repeat(128) })).status).toBe(200);
    expect(await refusal({ title: 'x'.repeat(129) })).toEqual([
      400,
      'title must be at most 128 characters.',
    ]);
    expect((await create({ title: '  ' })).status).toBe(400);
  });

  it('length: 10 minutes to 23 h 59 min', async () => {
    const at = (time: string) => `2025-06-03T${time}+02:00`;
    expect((await create({ end: at('10:10:00') })).status).toBe(200);
    expect((await create({ end: at('10:09:00') })).status).toBe(400);
    expect((await create({ end: '2025-06-04T09:59:00+02:00' })).status).toBe(200);
    expect(await refusal({ end: '2025-06-04T10:00:00+02:00' })).toEqual([
      400,
      'The duration must be between 10 minutes and 23 hours 59 minutes.',
    ]);
  });

  it('no start in the past; a start within the current minute moves to the next one', async () => {
    const now = fx.sandbox.clock.now(); // 07:00:00 UTC
    expect(await refusal({ start: '2025-06-02T06:59:00Z', end: '2025-06-02T08:00:00Z' })).toEqual([
      400,
      'start cannot be before the current date and time.',
    ]);
    fx.sandbox.clock.set(now + 20_000);
    const reply = await create({ start: '2025-06-02T07:00:10Z', end: '2025-06-02T07:30:45Z' });
    expect([reply.status, reply.json.start, reply.json.end]).toEqual([
      200,
      '2025-06-02T07:01:00Z',
      '2025-06-02T07:30:00Z',
    ]);
    expect(fx.sandbox.rest.state.meetings[0]!.start).toBe(now + MINUTE);
  });

  it('time zone and offset must agree; Z and a wall clock without offset are taken', async () => {
    expect(await refusal({ start: '2025-06-03T10:00:00+01:00' })).toEqual([
      400,
      'The offset of start or end does not agree with timezone Europe/Berlin.',
    ]);
    expect((await create({ timezone: 'Mars/Olympus' })).status).toBe(400);
    const utc = await create({ start: '2025-06-03T08:00:00Z', end: '2025-06-03T08:30:00Z' });
    const wall = await create({ start: '2025-06-03 10:00:00', end: '2025-06-03 10:30:00' });
    expect([utc.json.start, wall.json.start]).toEqual([
      '2025-06-03T08:00:00Z',
      '2025-06-03T08:00:00Z',
    ]);
    const winter = await create({
      start: '2025-12-03T10:00:00+01:00',
      end: '2025-12-03T11:00:00+01:00',
    });
    expect(winter.status).toBe(200);
  });

  it.each([
    ['short7', 'The password must be 8 to 32 characters long.'],
    ['lettersonly', 'The password must contain at least one letter and one digit.'],
    ['12345678', 'The password must contain at least one letter and one digit.'],
    ['with space 1', 'The password must not contain spaces.'],
  ])('password complexity: %j is refused', async (password, description) => {
    expect(await refusal({ password })).toEqual([400, description]);
  });

  it('a password that meets the rules is kept', async () => {
    const reply = await create({ password: 'Plan2025' });
    expect([reply.status, reply.json.password]).toEqual([200, 'Plan2025']);
  });

  it('siteUrl: a site the person hosts on; an attendee-only site is refused with 403', async () => {
    const retired = await create(
      {
        siteUrl: 'retired.webex.com',
        timezone: 'America/New_York',
        start: '2025-06-03T10:00:00-04:00',
        end: '2025-06-03T11:00:00-04:00',
      },
      HUGO,
    );
    expect([retired.status, retired.json.siteUrl, retired.json.sessionTypeId]).toEqual([
      200,
      'retired.webex.com',
      1,
    ]);
    const acme = await create({ siteUrl: 'acme.webex.com' }, HUGO);
    expect(acme.status).toBe(403);
    expect((await create({ sessionTypeId: 3 })).status).toBe(400);
    expect((await create({ sessionTypeId: 74378 })).json.sessionTypeId).toBe(74378);
  });

  it('invitees are kept; a cohost is marked', async () => {
    const reply = await create({
      invitees: [{ email: 'hugo@retired.example', coHost: true }, { email: 'carol@example.com' }],
    });
    expect(reply.status).toBe(200);
    expect(fx.sandbox.rest.state.meetings[0]!.invitees.map((i) => [i.email, i.coHost])).toEqual([
      ['hugo@retired.example', true],
      ['carol@example.com', false],
    ]);
    expect((await create({ invitees: [{ email: 'not-an-email' }] })).status).toBe(400);
  });

  it('100 create attempts a day, failed ones included; then 429 with Retry-After', async () => {
    const token = await implicitToken(fx.browser()); // 14 days: outlives the 12-hour PAT
    for (let index = 0; index < 50; index += 1) await create();
    for (let index = 0; index < 50; index += 1) await create({ title: '' });
    const limited = await create();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '86400']);
    expect(fx.sandbox.rest.state.meetings).toHaveLength(50);
    fx.sandbox.clock.advance(24 * 3600_000);
    expect(
      (
        await create(
          { start: '2025-06-04T10:00:00+02:00', end: '2025-06-04T10:30:00+02:00' },
          token,
        )
      ).status,
    ).toBe(200);
  });

  it('a body that is not JSON: 400 with a JSON error', async () => {
    const reply = await api.call(HUGO, 'POST', '/meetings', undefined);
    expect([reply.status, reply.json.message]).toEqual([
      400,
      'The request body is not a JSON object.',
    ]);
    fx.sandbox.rest.requests.length = 0; // the description requires a body: not ours to check here
  });
});
