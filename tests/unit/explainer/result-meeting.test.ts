import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { signOut } from '../../../lib/background/account';
import type { MessageSender } from '../../../lib/background/message-handlers';
import {
  describePastedMeeting,
  describeResultMeeting,
  startPastedMeeting,
  startResultMeeting,
} from '../../../lib/explainer/result-meeting';
import { apiError } from '../background/fake-backend';
import { meetingRequest, signInAlice, START, testEnv } from '../background/test-env';

let t: ReturnType<typeof testEnv>;
let own: { meetingKey: string; topic: string; startsAt: number };

/** The panel's content script in a tab showing `url`. */
function panelOn(url: string): MessageSender {
  return { id: fakeBrowser.runtime.id, url, tab: { id: 7 } as MessageSender['tab'], frameId: 0 };
}
const ON_ACME = panelOn('https://acme.webex.com/acme/backurl-test.html?AT=SM&ST=SUCCESS');

beforeEach(async () => {
  t = testEnv();
  await signInAlice(t.env);
  const scheduled = await t.backend.schedule((await sessionOf()).session, meetingRequest());
  own = { meetingKey: scheduled.meetingKey, topic: scheduled.topic, startsAt: scheduled.startsAt };
  t.backend.calls.length = 0;
});

async function sessionOf() {
  const { loadAccount } = await import('../../../lib/background/account-store');
  const found = await loadAccount(t.env.items);
  if (!found) throw new Error('not signed in');
  return found.account;
}

/** The check's answer for alice's own meeting: WebEx's topic and start, no link. */
function ownMeetingAnswer() {
  return {
    ok: true,
    value: {
      mayStart: true,
      meetingKey: own.meetingKey,
      topic: 'Weekly sync',
      startsAt: START + 3_600_000,
    },
  };
}

/** A meeting 555 000 111 on the site that bob hosts, not alice. */
function holdBobsMeeting() {
  t.backend.meetings.push({
    ...t.backend.meetings[0]!,
    meetingKey: '555000111',
    hostWebExId: 'bob',
  });
}

/** Tabs opened with an address (fakeBrowser starts with one blank tab). */
const openedTabs = async () =>
  (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter((url) => url !== undefined);

describe('describeResultMeeting', () => {
  it("answers the host's own meeting with WebEx's topic and start, without a start link", async () => {
    const answer = await describeResultMeeting(t.env, { meetingKey: own.meetingKey }, ON_ACME);
    expect(answer).toEqual(ownMeetingAnswer());
    expect(t.backend.callsOf('get')).toHaveLength(1);
    expect(t.backend.callsOf('hostUrl')).toEqual([]);
    expect(await openedTabs()).toEqual([]);
  });

  it('refuses a page on another site, naming both, without asking WebEx', async () => {
    for (const url of [
      'https://evil.webex.com/evil/x.html?AT=SM&ST=SUCCESS',
      'https://intranet.example.test/landing.html?AT=SM&ST=SUCCESS',
      'http://acme.webex.com/acme/x.html?AT=SM&ST=SUCCESS',
    ]) {
      const answer = await describeResultMeeting(
        t.env,
        { meetingKey: own.meetingKey },
        panelOn(url),
      );
      expect(answer).toEqual({
        ok: true,
        value: {
          mayStart: false,
          refusal: { reason: 'otherSite', pageHost: new URL(url).host, siteHost: 'acme.webex.com' },
        },
      });
    }
    expect(t.backend.calls).toEqual([]);
  });

  it('refuses when nobody is signed in', async () => {
    await signOut(t.env);
    t.backend.calls.length = 0;
    expect(await describeResultMeeting(t.env, { meetingKey: own.meetingKey }, ON_ACME)).toEqual({
      ok: true,
      value: { mayStart: false, refusal: { reason: 'signedOut' } },
    });
    expect(t.backend.calls).toEqual([]);
  });

  it('refuses a meeting WebEx does not know (060001) and one another host hosts', async () => {
    holdBobsMeeting();
    for (const meetingKey of ['999888777', '555000111']) {
      expect(await describeResultMeeting(t.env, { meetingKey }, ON_ACME)).toEqual({
        ok: true,
        value: {
          mayStart: false,
          refusal: {
            reason: 'notHostsMeeting',
            meetingKey,
            webExId: 'alice',
            siteHost: 'acme.webex.com',
          },
        },
      });
    }
    t.backend.failNext('get', apiError('000001', 'GetMeeting'));
    expect(
      await describeResultMeeting(t.env, { meetingKey: own.meetingKey }, ON_ACME),
    ).toMatchObject({
      ok: true,
      value: { mayStart: false, refusal: { reason: 'notHostsMeeting' } },
    });
  });

  it('refuses an MK that is not a meeting number without asking WebEx', async () => {
    const answer = await describeResultMeeting(t.env, { meetingKey: '1 OR 1=1' }, ON_ACME);
    expect(answer).toEqual({
      ok: true,
      value: { mayStart: false, refusal: { reason: 'notAMeetingNumber' } },
    });
    expect(t.backend.calls).toEqual([]);
  });

  it('other WebEx failures and an expired ticket answer as failed replies', async () => {
    t.backend.failNext('get', apiError('000035', 'GetMeeting'));
    expect(
      await describeResultMeeting(t.env, { meetingKey: own.meetingKey }, ON_ACME),
    ).toMatchObject({
      ok: false,
    });
    t.clock.now += 2 * 3_600_000;
    expect(
      await describeResultMeeting(t.env, { meetingKey: own.meetingKey }, ON_ACME),
    ).toMatchObject({
      ok: false,
      ticketExpired: true,
    });
  });

  it('refuses senders without a tab (extension pages): only the panel may ask', async () => {
    const popup = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test/popup.html' };
    await expect(
      describeResultMeeting(t.env, { meetingKey: own.meetingKey }, popup),
    ).rejects.toThrow(/result panel/);
  });
});

describe('startResultMeeting', () => {
  it("opens the host's own meeting's start link in the background and answers without it", async () => {
    const answer = await startResultMeeting(t.env, { meetingKey: own.meetingKey }, ON_ACME);
    expect(answer).toEqual(ownMeetingAnswer());
    expect(JSON.stringify(answer)).not.toMatch(/one-time|TK=|p\.php/);
    expect(await openedTabs()).toEqual([
      expect.stringMatching(/^https:\/\/acme\.webex\.com\/acme\/p\.php\?AT=LI&TK=one-time-1/),
    ]);
    expect(t.backend.calls.map((call) => call.operation)).toEqual(['get', 'hostUrl']);
  });

  it('re-checks: another site, signed out or not the host’s meeting never asks for a start link', async () => {
    const evil = panelOn('https://evil.webex.com/evil/x.html?AT=SM&ST=SUCCESS');
    expect((await startResultMeeting(t.env, { meetingKey: own.meetingKey }, evil)).ok).toBe(true);
    expect(await startResultMeeting(t.env, { meetingKey: '999888777' }, ON_ACME)).toMatchObject({
      value: { mayStart: false },
    });
    await signOut(t.env);
    expect(await startResultMeeting(t.env, { meetingKey: own.meetingKey }, ON_ACME)).toMatchObject({
      value: { mayStart: false, refusal: { reason: 'signedOut' } },
    });
    expect(t.backend.callsOf('hostUrl')).toEqual([]);
    expect(await openedTabs()).toEqual([]);
  });
});

describe('describePastedMeeting and startPastedMeeting (Decode)', () => {
  const ACME = 'https://acme.webex.com';

  it("offers the host's own meeting from a pasted address on the signed-in site, or naming none", async () => {
    for (const siteOrigin of [ACME, undefined]) {
      const data = siteOrigin
        ? { meetingKey: own.meetingKey, siteOrigin }
        : { meetingKey: own.meetingKey };
      expect(await describePastedMeeting(t.env, data)).toEqual(ownMeetingAnswer());
    }
    expect(t.backend.callsOf('hostUrl')).toEqual([]);
    expect(await openedTabs()).toEqual([]);
  });

  it('refuses an address of another site, naming both, without asking WebEx', async () => {
    expect(
      await describePastedMeeting(t.env, {
        meetingKey: own.meetingKey,
        siteOrigin: 'https://evil.webex.com',
      }),
    ).toEqual({
      ok: true,
      value: {
        mayStart: false,
        refusal: { reason: 'otherSite', pageHost: 'evil.webex.com', siteHost: 'acme.webex.com' },
      },
    });
    expect(t.backend.calls).toEqual([]);
  });

  it("starts only the host's own meeting, from the background, and answers without the link", async () => {
    holdBobsMeeting();
    expect(
      await startPastedMeeting(t.env, { meetingKey: '555000111', siteOrigin: ACME }),
    ).toMatchObject({
      ok: true,
      value: { mayStart: false, refusal: { reason: 'notHostsMeeting' } },
    });
    expect(await openedTabs()).toEqual([]);
    const answer = await startPastedMeeting(t.env, {
      meetingKey: own.meetingKey,
      siteOrigin: ACME,
    });
    expect(answer).toMatchObject({ ok: true, value: { mayStart: true } });
    expect(JSON.stringify(answer)).not.toMatch(/one-time|TK=|p\.php/);
    expect(await openedTabs()).toEqual([
      expect.stringMatching(/^https:\/\/acme\.webex\.com\/acme\/p\.php\?AT=LI&TK=one-time-1/),
    ]);
  });

  it('asks a signed-out host to sign in first', async () => {
    await signOut(t.env);
    t.backend.calls.length = 0;
    expect(await startPastedMeeting(t.env, { meetingKey: own.meetingKey })).toEqual({
      ok: true,
      value: { mayStart: false, refusal: { reason: 'signedOut' } },
    });
    expect(t.backend.calls).toEqual([]);
  });
});
