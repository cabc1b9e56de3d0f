import { describe, expect, it } from 'vitest';
import { expectAccessible } from './accessibility';
import { readClipboard, screenshots, signedInPopup, usePopup } from './popup/support';
import { meetingBody } from '../sandbox/test-setup.ts';
import { sandboxAgent } from '../sandbox/test-client.ts';
import { ALICE as ALICE_XML, postXml, request } from '../sandbox/test-xml.ts';

// Issue 13, item 2: "Copy invitation" in Recent for a meeting made elsewhere (on the site, in
// another browser) has its password, asked from WebEx, or says plainly that it is unknown.
const ctx = usePopup();

/** A meeting Alice made in another browser: WebEx lists it, this extension never saw it. */
async function madeElsewhere(confName: string, password: string): Promise<string> {
  const day = new Date(Date.now() + 2 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const startDate = `${pad(day.getUTCMonth() + 1)}/${pad(day.getUTCDate())}/${day.getUTCFullYear()} 10:00:00`;
  const agent = sandboxAgent(ctx.sandbox);
  try {
    const reply = await postXml(
      agent,
      'https://acme.webex.com/WBXService/XMLService',
      request(
        ALICE_XML,
        'meet:createMeeting',
        meetingBody({ confName, password, startDate, timeZoneID: 25 }),
      ),
    );
    expect(reply.result).toBe('SUCCESS');
    return reply.value('meetingkey')!;
  } finally {
    await agent.close();
  }
}

describe('Recent: the invitation of a meeting made elsewhere', () => {
  it('has the password WebEx gives the host, or says in the row and the text that it is unknown', async () => {
    await madeElsewhere('Made on the site', 'Site9pass');
    await madeElsewhere('WebEx keeps it back', 'Other7pass');
    const page = await signedInPopup();
    // The popup's Sign out says what it removes and keeps (these records, for alice).
    expect(await page.getByRole('button', { name: 'Sign out' }).getAttribute('title')).toBe(
      'Removes your WebEx sign-in ticket. Passwords and links of meetings scheduled here stay sealed on this device for alice; to remove them as well, sign out in Settings.',
    );
    await page.getByRole('tab', { name: 'Recent' }).click();

    const known = page.locator('.meeting-row', { hasText: 'Made on the site' });
    // Nothing kept here: the menu offers no password to copy until WebEx has given it.
    await known.getByRole('button', { name: 'More' }).click();
    expect(await known.getByRole('button', { name: 'Copy password' }).count()).toBe(0);
    await known.getByRole('button', { name: 'Copy invitation' }).click();
    await known.getByRole('button', { name: 'Copied' }).waitFor();
    const text = await readClipboard();
    expect(text).toContain('Topic: Made on the site');
    expect(text.split('\n').at(-1)).toBe('Password: Site9pass');
    const getMeeting = ctx.sandbox.requests.filter((r) => r.operation === 'GetMeeting');
    expect(getMeeting).toHaveLength(1);
    // Now known, the password can be copied alone too.
    await known.getByRole('button', { name: 'Copy password' }).waitFor();
    expect(await known.locator('.row-hint').count()).toBe(0);

    // WebEx does not answer GetMeeting this time: the text and the row say the password is unknown.
    ctx.sandbox.faults.inject({
      kind: 'exception',
      exceptionId: '000045',
      operation: 'GetMeeting',
    });
    const unknown = page.locator('.meeting-row', { hasText: 'WebEx keeps it back' });
    await unknown.getByRole('button', { name: 'More' }).click();
    await unknown.getByRole('button', { name: 'Copy invitation' }).click();
    await unknown.getByRole('button', { name: 'Copied' }).waitFor();
    const short = await readClipboard();
    expect(short).toContain('Topic: WebEx keeps it back');
    expect(short.split('\n').at(-1)).toBe(
      'Password: [not known here: WebEx did not give it; add it before sending]',
    );
    expect(short).not.toContain('Other7pass');
    const hint = unknown.locator('.row-hint');
    await expect
      .poll(() => hint.innerText())
      .toMatch(/^Password unknown: WebEx did not give it \(/);

    await unknown.scrollIntoViewIfNeeded();
    await screenshots(page, 'recent-password-unknown');
    await expectAccessible(page, 'recent row, password unknown');
  });
});
