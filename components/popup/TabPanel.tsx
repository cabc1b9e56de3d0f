import type { ComponentChildren } from 'preact';
import { panelId, tabId } from './Tabs';

/** Stays mounted when hidden, so a half-filled form survives a look at Recent. */
export function TabPanel({
  id,
  active,
  children,
}: {
  id: string;
  active: boolean;
  children: ComponentChildren;
}) {
  return (
    <div
      role="tabpanel"
      id={panelId(id)}
      aria-labelledby={tabId(id)}
      hidden={!active}
      tabIndex={-1}
      class="panel"
    >
      {children}
    </div>
  );
}
