import { useEffect, useRef } from 'preact/hooks';
import { restorableDraft, scheduleDraft } from '../../lib/meetings/schedule-draft';
import type { ScheduleFormValues } from '../../lib/meetings/schedule-form';
import { usePopupEnv } from './popup-env';

export interface ScheduleDraftOptions {
  /** Whose form (the popup's account id). */
  owner: string;
  values: ScheduleFormValues;
  /** The sign-in-again dialog is showing (TicketRenewal's `asking`). */
  renewing: boolean;
  /** Fills the form with a kept draft. */
  restore(values: ScheduleFormValues): void;
}

/**
 * Keeps the schedule form in session storage while the host signs in with Webex again (the
 * popup may close meanwhile), restores it on the next open for the same account, and drops it
 * once the renewal has ended with the popup still open.
 */
export function useScheduleDraft(options: ScheduleDraftOptions) {
  const env = usePopupEnv();
  const { owner, renewing } = options;
  const latest = useRef(options);
  latest.current = options;
  const saved = useRef(false);

  useEffect(() => {
    void env.scheduleDraft.take().then((draft) => {
      const values = restorableDraft(draft, owner, env.now());
      if (values) latest.current.restore(values);
    });
  }, []);

  useEffect(() => {
    if (renewing) {
      saved.current = true;
      void env.scheduleDraft.save(scheduleDraft(owner, latest.current.values, env.now()));
    } else if (saved.current) {
      saved.current = false;
      void env.scheduleDraft.take();
    }
  }, [renewing]);
}

/**
 * The hook as a component that renders nothing, so that ScheduleView loads it (and the draft's
 * code) only for REST accounts, after the first paint: only they sign in again in Webex's
 * window, which closes the toolbar popup.
 */
export function ScheduleDraftKeeper(props: ScheduleDraftOptions) {
  useScheduleDraft(props);
  return null;
}
