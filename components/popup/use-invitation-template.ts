import { useEffect, useState } from 'preact/hooks';
import { usePopupEnv } from './popup-env';

/**
 * The host's invitation template (Options), read once where it is called (the card, or the list for all its rows); null until read or when
 * the host keeps the default (lib/meetings/invitation-template.ts).
 */
export function useInvitationTemplate(): string | null {
  const { loadInvitationTemplate } = usePopupEnv();
  const [template, setTemplate] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadInvitationTemplate()
      .then((value) => {
        if (live) setTemplate(value);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return template;
}
