import { ACTION_LABELS } from '../../lib/explainer/panel-actions';
import type { ActionId } from '../../lib/webex/rs-catalogue';

interface Props {
  actions: readonly ActionId[];
  /** The action under way, if any: its button says so. Buttons stay focusable meanwhile. */
  busy?: ActionId;
  onAction(action: ActionId, event: MouseEvent): void;
}

/** The panel's buttons; the first one that is not "dismiss" is the primary one. */
export function ActionBar({ actions, busy, onAction }: Props) {
  const primary = actions.find((action) => action !== 'dismiss');
  return (
    <div class="actions">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          class={action === primary ? 'button primary' : 'button'}
          data-action={action}
          aria-busy={busy === action ? 'true' : undefined}
          onClick={(event) => onAction(action, event)}
        >
          {busy === action ? `${ACTION_LABELS[action]}…` : ACTION_LABELS[action]}
        </button>
      ))}
    </div>
  );
}
