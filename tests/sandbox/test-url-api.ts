import { SANDBOX_ACCOUNTS } from './accounts.ts';
import type { TestBrowser, Visit } from './test-client.ts';
import { meetingBody, type SandboxFixture } from './test-setup.ts';
import { ALICE } from './test-xml.ts';

export const ACME = 'https://acme.webex.com/acme';
export const BU = 'https://acme.webex.com/acme/backurl-test.html?from=ext';
export const MINUTE = 60_000;
export const ALICE_PASSWORD = SANDBOX_ACCOUNTS.alice.password;

/** Signs in through p.php?AT=LI with WID and PW sent by POST; the result goes to BU. */
export const signIn = (
  browser: TestBrowser,
  webExId = 'alice',
  password = ALICE_PASSWORD,
  site = 'acme',
) =>
  browser.follow(`https://${site}.webex.com/${site}/p.php?AT=LI&BU=${encodeURIComponent(BU)}`, {
    WID: webExId,
    PW: password,
  });

export const last = (visits: Visit[]) => visits.at(-1)!;

/** Helpers of the URL API tests that go through the XML API or look at the sandbox state. */
export function urlApiHelpers(fx: SandboxFixture) {
  async function scheduled(credentials = ALICE): Promise<string> {
    const reply = await fx.call(credentials, 'meet:createMeeting', meetingBody());
    return reply.value('meetingkey')!;
  }
  async function hostUrl(key: string): Promise<string> {
    return (
      await fx.call(ALICE, 'meet:gethosturlMeeting', `<meet:meetingKey>${key}</meet:meetingKey>`)
    ).value('hostMeetingURL')!;
  }
  const meeting = () => fx.sandbox.state('acme').meetings[0]!;
  return { scheduled, hostUrl, meeting };
}
