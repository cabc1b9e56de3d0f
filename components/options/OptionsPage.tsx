import type { ComponentChildren } from 'preact';
import type { AccountView, Reply } from '../../lib/messaging';
import { t } from '../../lib/i18n';
import type { Settings, Theme } from '../../lib/storage';
import { DURATION_CEILING_MINUTES } from '../../lib/meetings/durations';
import { longestAllowed } from '../../lib/meetings/meeting-types';
import { siteHost } from '../../lib/site-access';
import { AccountSection } from './AccountSection';
import type { SignInSenders } from '../SignInChoices';
import { MeetingDefaultsSection } from './MeetingDefaultsSection';
import { ReminderSection } from './ReminderSection';
import { ShortcutSection } from './ShortcutSection';
import { ThemeSection } from './ThemeSection';
import './options.css';

/** The longest meeting the signed-in host's types allow, for the default duration. */
function defaultsLimit(account: AccountView | null) {
  if (!account?.signedIn) return undefined;
  const minutes = longestAllowed(account.profile);
  return minutes === undefined
    ? undefined
    : { minutes: Math.min(minutes, DURATION_CEILING_MINUTES), site: siteHost(account.site) };
}

export interface OptionsPageProps {
  account: AccountView | null;
  settings: Settings;
  shortcut: string | undefined;
  signIn: SignInSenders;
  onRenewTicket(password: string): Promise<Reply<AccountView>>;
  /** A REST account whose token ran out: sign in with Webex again (renewWebexSignIn). */
  onRenewWebex(): Promise<Reply<AccountView>>;
  onAccountChange(account: AccountView): void;
  onKeepSignedInChange(keep: boolean): void;
  /** `forgetMeetings`: also remove this account's meetings kept on this device. */
  onSignOut(forgetMeetings: boolean): void;
  onSettingsChange(patch: Partial<Settings>): Promise<void>;
  /** The invitation template section (components/options/InvitationTemplateSection.tsx). */
  invitationTemplate?: ComponentChildren;
  /** The explainer's "other pages" section (components/ResultOriginsSettings.tsx). */
  resultOrigins?: ComponentChildren;
  /** "Webex integration" (components/options/WebexIntegrationSection.tsx). */
  webexIntegration?: ComponentChildren;
}

export function OptionsPage(props: OptionsPageProps) {
  return (
    <div class="options-page">
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('options.title')}</h1>
      </header>
      <main class="options-main">
        <AccountSection
          account={props.account}
          keepSignedInDefault={props.settings.keepSignedIn}
          signIn={props.signIn}
          onRenewTicket={props.onRenewTicket}
          onRenewWebex={props.onRenewWebex}
          onAccountChange={props.onAccountChange}
          onKeepSignedInChange={props.onKeepSignedInChange}
          onSignOut={props.onSignOut}
        />
        {props.webexIntegration}
        <MeetingDefaultsSection
          settings={props.settings}
          limit={defaultsLimit(props.account)}
          onChange={props.onSettingsChange}
        />
        <ReminderSection settings={props.settings} onChange={props.onSettingsChange} />
        {props.invitationTemplate}
        <ThemeSection
          theme={props.settings.theme}
          onChange={(theme: Theme) => void props.onSettingsChange({ theme })}
        />
        {/* --- explainer section: <ResultOriginsSettings /> (owned by the explainer) --- */}
        {props.resultOrigins && <div class="options-section">{props.resultOrigins}</div>}
        {/* --- end of explainer section --- */}
        <ShortcutSection shortcut={props.shortcut} />
      </main>
    </div>
  );
}
