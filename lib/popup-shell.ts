/**
 * The popup shell (entrypoints/popup/shell.html): the schedule form's first field in the HTML of
 * the pages a signed-in host opens (lib/popup-page.ts), so typing can begin before any script
 * has run. The app takes over from it: what was typed goes into the real Topic (ScheduleView),
 * which takes the focus as it mounts (ScheduleForm), and then the shell goes (App), all before
 * the app's first paint.
 */

/** The shell's root and its Topic input (entrypoints/popup/shell.html). */
export const SHELL_ID = 'popup-shell';
export const SHELL_TOPIC_ID = 'shell-topic';

/** The shell as the popup's components see it (PopupEnv.shell). */
export interface PopupShell {
  /** What the host typed in the shell's Topic; '' when nothing, or once the shell is gone. */
  typedTopic(): string;
  /** Removes the shell, once the app shows its own content. */
  handOver(): void;
}

/** The shell of `doc`; on a page without one (popup.html) both do nothing. */
export function popupShell(doc: Pick<Document, 'getElementById'>): PopupShell {
  return {
    typedTopic: () => (doc.getElementById(SHELL_TOPIC_ID) as HTMLInputElement | null)?.value ?? '',
    handOver: () => doc.getElementById(SHELL_ID)?.remove(),
  };
}
