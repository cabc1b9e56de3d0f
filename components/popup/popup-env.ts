import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GetRandomValues } from '../../lib/meetings/random';
import type { ScheduleDraft } from '../../lib/meetings/schedule-draft';
import type { SendMessage } from '../../lib/messaging';
import type { PopupShell } from '../../lib/popup-shell';
import type { Settings } from '../../lib/storage';

export type { SendMessage };

/** The settings the popup reads once, when it opens. */
export type PopupSettings = Pick<
  Settings,
  'defaultDurationMinutes' | 'defaultInvitees' | 'keepSignedIn'
>;

/** What the popup's components need from the browser; main.tsx wires the real one. */
export interface PopupEnv {
  send: SendMessage;
  now(): number;
  /** The host's IANA zone: times are shown and scheduled in it. */
  timeZone: string;
  locale?: string;
  getRandomValues: GetRandomValues;
  copyText(text: string): Promise<void>;
  openTab(url: string): Promise<void>;
  openOptions(): void;
  /** For sign-in to a site outside *.webex.com (asked during the click). */
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
  /** The host's invitation template from Options; null: the default in the UI language. */
  loadInvitationTemplate(): Promise<string | null>;
  /** The schedule job whose outcome the host has already seen (no password in it: just the id). */
  seenJob: { get(): Promise<string | null>; set(requestId: string): Promise<void> };
  /** The form's first field in the page's HTML, when the page has it (lib/popup-shell.ts). */
  shell: PopupShell;
  /** The schedule form kept in session storage over a Webex sign-in (the popup may close). */
  scheduleDraft: {
    save(draft: ScheduleDraft): Promise<void>;
    /** The kept draft, removed as it is read. */
    take(): Promise<ScheduleDraft | null>;
  };
}

/** Provided by entrypoints/popup/main.tsx; tests provide a fake. */
export const PopupEnvContext = createContext<PopupEnv | null>(null);

/** The popup's environment, from the nearest PopupEnvContext. */
export function usePopupEnv(): PopupEnv {
  const env = useContext(PopupEnvContext);
  if (!env) throw new Error('No PopupEnvContext.Provider above this component.');
  return env;
}
