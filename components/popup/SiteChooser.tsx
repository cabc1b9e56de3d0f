import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { AccountView } from '../../lib/messaging';
import { siteChoices } from '../../lib/site-choices';
import type { HostProfile } from '../../lib/webex/types';
import { usePopupEnv } from './popup-env';

interface SiteChooserProps {
  profile: HostProfile;
  /** The signed-in site's host, e.g. `acme.webex.com`. */
  chosen: string;
  /** The background chose the site (chooseSite's answer): the popup shows that account. */
  onChosen(account: AccountView): void;
}

/**
 * A REST account with more than one site picks the one to schedule on; sites where the host is
 * only an attendee are marked. Renders nothing for a single site.
 */
export function SiteChooser({ profile, chosen, onChosen }: SiteChooserProps) {
  const id = useId();
  const env = usePopupEnv();
  const [busy, setBusy] = useState(false);
  async function choose(siteUrl: string) {
    setBusy(true);
    const reply = await env.send('chooseSite', { siteUrl }).catch(() => undefined);
    setBusy(false);
    if (reply?.ok) onChosen(reply.value);
  }
  const choices = siteChoices(profile, chosen);
  if (choices.length < 2) return null;
  return (
    <span class="site-chooser">
      <label for={id}>{t('popup.site.label')}</label>
      <select
        id={id}
        value={choices.find((choice) => choice.host.toLowerCase() === chosen.toLowerCase())?.host}
        disabled={busy}
        onChange={(event) => void choose(event.currentTarget.value)}
      >
        {choices.map((choice) => (
          <option key={choice.host} value={choice.host}>
            {choice.attendeeOnly
              ? t('popup.site.attendeeOnly', { host: choice.host })
              : choice.host}
          </option>
        ))}
      </select>
    </span>
  );
}
