import type { ResultOriginsApi } from '../../lib/explainer/result-origins-client';
import type { SendMessage } from '../../lib/messaging';
import type { Settings } from '../../lib/storage';
import type { InvitationTemplateApi } from './InvitationTemplateSection';

/** What the options page needs from the browser; entrypoints/options/main.tsx wires the real one. */
export interface OptionsEnv {
  send: SendMessage;
  /** For sign-in to a site outside *.webex.com (asked during the click). */
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
  /** The keyboard shortcut that opens the popup, if the host set one. */
  shortcut(): Promise<string | undefined>;
  settings: {
    /** Shown until storage answers. */
    fallback: Settings;
    get(): Promise<Settings>;
    update(patch: Partial<Settings>): Promise<void>;
    /** Calls back on every change; returns the function that stops watching. */
    watch(onChange: (settings: Settings) => void): () => void;
  };
  /** Calls back when the stored account changes (the popup signed in or out). */
  watchAccount(onChange: () => void): () => void;
  /** The host's invitation template (sync storage). */
  invitationTemplate: InvitationTemplateApi;
  now(): number;
  /** The host's IANA zone, for the template preview's sample meeting. */
  timeZone: string;
  /** The explainer's "other pages" section. */
  resultOrigins: ResultOriginsApi;
  /** Copies text to the clipboard (the redirect URI); false when the browser refused. */
  copy(text: string): Promise<boolean>;
}
