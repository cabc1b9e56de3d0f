interface ShortcutSectionProps {
  /** The key the browser assigned to opening the popup; empty when none is set. */
  shortcut: string | undefined;
}

export function ShortcutSection({ shortcut }: ShortcutSectionProps) {
  return (
    <section class="options-section" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">Keyboard shortcut</h2>
      <p>
        {shortcut ? (
          <>
            Press <kbd>{shortcut}</kbd> to open WebEx Host Helper from any page.
          </>
        ) : (
          'No key is set to open WebEx Host Helper: the browser did not give it Alt+Shift+W (another extension may have that key).'
        )}
      </p>
      <p class="account-hint">
        To set or change it, open your browser's extension shortcuts page
        (chrome://extensions/shortcuts in Chrome and Edge, Manage Extension Shortcuts in Firefox's
        add-ons menu).
      </p>
    </section>
  );
}
