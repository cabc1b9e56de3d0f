import { popupPageFor } from '../popup-page';
import { keptAccountItem, sessionAccountItem, settingsItem } from '../storage';

/** `browser.action`'s part used here (`getPopup` answers a whole URL). */
export interface ActionApi {
  getPopup(details: Record<string, never>): Promise<string>;
  setPopup(details: { popup: string }): Promise<void>;
}

/**
 * Signed in as far as the popup's first page cares: a ticket or token is stored, in this
 * session or kept on this device (sealed; not opened here: the popup's app checks it, and
 * shows the sign-in should it not open).
 */
async function storedSignedIn(): Promise<boolean> {
  const [session, kept] = await Promise.all([
    sessionAccountItem.getValue(),
    keptAccountItem.getValue(),
  ]);
  return session !== null || kept !== null;
}

async function update(action: ActionApi, locale: string): Promise<void> {
  const [signedIn, settings] = await Promise.all([storedSignedIn(), settingsItem.getValue()]);
  const popup = popupPageFor({ signedIn, theme: settings.theme, locale });
  // Set only when it changes: most writes of the account (a renewed ticket) change nothing
  // here, and Firefox disturbs extension pages loading while the popup is set.
  if (new URL(await action.getPopup({})).pathname !== `/${popup}`) {
    await action.setPopup({ popup });
  }
}

/**
 * Keeps the page the toolbar button opens in step with the stored account and theme
 * (lib/popup-page.ts), in the extension's language `locale` (lib/i18n.ts's uiLanguage): now, as the worker starts (the browser forgets `setPopup` when it
 * closes), and after every change, one update at a time so the last change wins. A failed
 * update leaves the page as it was: the plain popup works for everyone, only slower to show.
 * `settled` answers once every update asked so far has ended; `stop` ends the watching (tests).
 */
export function keepPopupPageInStep(
  action: ActionApi,
  locale: string,
): {
  settled(): Promise<void>;
  stop(): void;
} {
  let queue = Promise.resolve();
  const schedule = () => {
    queue = queue.then(() => update(action, locale)).catch(() => undefined);
  };
  const unwatch = [sessionAccountItem, keptAccountItem, settingsItem].map((item) =>
    item.watch(schedule),
  );
  schedule();
  return { settled: () => queue, stop: () => unwatch.forEach((stop) => stop()) };
}
