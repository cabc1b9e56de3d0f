// `npm start`'s REST account: how to sign in with Webex in the opened Chromium, and, headless,
// screenshots of that sign-in through the popup as soon as the popup offers it.
import type { Page } from 'playwright-core';
import { approveWebexSignIn, signInForm, type WebexAccount } from '../tests/e2e/flows.ts';
import { launchExtension } from '../tests/e2e/harness.ts';

/** Saves a screenshot of `page` as `<name>.png` (npm start's .output/preview/). */
export type Shoot = (page: Page, name: string) => Promise<void>;

/** The popup's button that starts the Webex sign-in (locales/en.yml `signIn.webex.button`). */
const SIGN_IN_WITH_WEBEX = 'Sign in with Webex';

/** What `npm start` prints about signing in with Webex (REST) as `account`. */
export function restSignInLines(account: WebexAccount): string[] {
  return [
    `\nSign in with Webex (the REST API, sandbox's webexapis.com) as ${account.email}:`,
    `  sign out in the popup or Options, press "${SIGN_IN_WITH_WEBEX}", and on the Webex page`,
    `  that opens type ${account.email} and password ${account.password}, then press Accept.`,
  ];
}

/**
 * Headless `npm start`: in a browser profile of its own (the XML account stays signed in in
 * the other), opens the popup signed out, presses "Sign in with Webex", signs in on the
 * stand-in's page as `account` and saves `popup-sign-in`, `webex-sign-in-page` and
 * `popup-webex-signed-in`. Resolves false, saving nothing, when the popup has no such button
 * (a build from before the Webex sign-in).
 */
export async function previewRestSignIn(
  sandboxPort: number,
  account: WebexAccount,
  shoot: Shoot,
): Promise<boolean> {
  const harness = await launchExtension({ sandboxPort, headless: true });
  try {
    const popup = await harness.openPopup();
    const button = popup.getByRole('button', { name: SIGN_IN_WITH_WEBEX, exact: true });
    await button.or(signInForm(popup)).first().waitFor({ state: 'attached' });
    if (!(await button.isVisible())) return false;
    await shoot(popup, 'popup-sign-in');
    await button.click();
    await approveWebexSignIn(harness.context, account, {
      beforeAccept: (page) => shoot(page, 'webex-sign-in-page'),
    });
    await popup.getByRole('form', { name: 'Schedule a meeting' }).waitFor();
    await shoot(popup, 'popup-webex-signed-in');
    return true;
  } finally {
    await harness.close();
  }
}
