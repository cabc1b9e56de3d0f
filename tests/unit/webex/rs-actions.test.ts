import { describe, expect, it } from 'vitest';
import { explainResult, type ActionId } from '../../../lib/webex/rs-catalogue';

// Issue 13, item 15: every button an explanation offers leads somewhere useful.
describe('the next steps a result offers', () => {
  // Issue 13, item 15: the browser's WebEx session timed out, not the extension's sign-in.
  it('says AccessDenied on a meeting command means the browser session timed out: sign in there', () => {
    for (const at of ['HM', 'JM', 'SM', 'IM']) {
      const explanation = explainResult({ at, st: 'FAIL', rs: 'AccessDenied' });
      expect(explanation.meaning).toMatch(/timed out.*30 minutes/);
      expect(explanation.actions).toContain('sign-in-on-site');
    }
    for (const at of ['JM', 'SM', 'IM']) {
      const explanation = explainResult({ at, st: 'FAIL', rs: 'AccessDenied' });
      expect(explanation.meaning).toMatch(/session in this browser.*not WebEx Host Helper's/);
      expect(explanation.actions).toEqual(['sign-in-on-site', 'dismiss']);
    }
    expect(explainResult({ at: 'LI', st: 'FAIL', rs: 'AccessDenied' }).meaning).toMatch(
      /isn't allowed/,
    );
  });

  // Issue 13, item 15: with the meeting known, a timed-out start starts again with a fresh
  // ticket link, a timed-out join joins again; both say what timed out.
  it.each<[string, ActionId[]]>([
    ['SM', ['start-meeting', 'sign-in-on-site', 'dismiss']],
    ['DM', ['start-meeting', 'sign-in-on-site', 'dismiss']],
    ['JM', ['join-meeting', 'sign-in-on-site', 'dismiss']],
  ])('AccessDenied on %s with its meeting offers %j', (at, actions) => {
    const explanation = explainResult({ at, st: 'FAIL', rs: 'AccessDenied', mk: '180208468' });
    expect(explanation.actions).toEqual(actions);
    expect(explanation.meaning).toMatch(/^Your WebEx session in this browser timed out/);
    expect(explanation.action).toMatch(
      at === 'JM' ? /^Join the meeting again/ : /^Start the meeting again/,
    );
  });

  it('AlreadyLogon after a start offers to start again (signs out and retries) as well', () => {
    expect(explainResult({ at: 'HM', st: 'FAIL', rs: 'AlreadyLogon', mk: '1' }).actions).toEqual([
      'sign-out-of-webex',
      'start-meeting',
      'dismiss',
    ]);
  });
});
