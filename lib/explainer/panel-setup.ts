import type { Theme } from '../storage';
import { isDismissed, withDismissal } from './dismissals';

/** The stored items the panel depends on, read and written by the background for it. */
export interface PanelItems {
  dismissed: { getValue(): Promise<string[]>; setValue(value: string[]): Promise<void> };
  settings: { getValue(): Promise<{ theme: Theme }> };
}

/** Whether the panel stays hidden (dismissed, and the host is back by reload/history) and its theme. */
export async function resultPanelSetup(
  items: PanelItems,
  request: { fingerprint: string; navigationType?: string },
): Promise<{ hidden: boolean; theme: Theme }> {
  const [dismissed, settings] = await Promise.all([
    items.dismissed.getValue(),
    items.settings.getValue(),
  ]);
  return {
    hidden: isDismissed(dismissed, request.fingerprint, request.navigationType),
    theme: settings.theme,
  };
}

export async function dismissResult(items: PanelItems, fingerprint: string): Promise<void> {
  await items.dismissed.setValue(withDismissal(await items.dismissed.getValue(), fingerprint));
}
