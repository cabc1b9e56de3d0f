import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { accountIdOf } from '../../lib/account-id';
import { t } from '../../lib/i18n';
import type { AccountView, ScheduleJob } from '../../lib/messaging';
import { DecodeTab } from './DecodeTab';
import { usePopupEnv, type PopupSettings } from './popup-env';
import { PopupHeader } from './PopupHeader';
import { Lazy } from './Lazy';
import { ScheduleView } from './ScheduleView';
import { TabPanel } from './TabPanel';
import { Tabs, type TabItem } from './Tabs';
import { useTicketRenewal } from './use-ticket-renewal';

type TabId = 'schedule' | 'recent' | 'decode';

interface Loaded {
  account: AccountView;
  lastJob: ScheduleJob | null;
  seenJobId: string | null;
  settings: PopupSettings;
}

// Views the popup does not open with load on first use: the schedule form comes first.
const loadRecentList = () => import('./RecentList').then((module) => module.RecentList);
const loadSignedOutView = () => import('./SignedOutView').then((module) => module.SignedOutView);
const loadTicketExpiredDialog = () =>
  import('./TicketExpiredDialog').then((module) => module.TicketExpiredDialog);

// Functions: the labels are read when the tabs are shown, in the UI language.
const signedInTabs = (): TabItem<TabId>[] => [
  { id: 'schedule', label: t('popup.tabs.schedule') },
  { id: 'recent', label: t('popup.tabs.recent') },
  { id: 'decode', label: t('popup.tabs.decode') },
];
const signedOutTabs = (): TabItem<TabId>[] => [
  { id: 'schedule', label: t('popup.tabs.signIn') },
  { id: 'decode', label: t('popup.tabs.decode') },
];

const accountId = accountIdOf;

/** What the popup opens with, read from storage before its first paint (main.tsx). */
export interface AppFirstState {
  settings: PopupSettings;
  seenJobId: string | null;
  /** Known without the background: the form shows at once. Absent: the background is asked. */
  account?: AccountView;
}

/**
 * The popup: sign in, or schedule / recent / decode in tabs. It opens with `first`; when that
 * holds no account, the background's account and last schedule job come in one go.
 */
export function App({ first }: { first: AppFirstState }) {
  const env = usePopupEnv();
  const renewal = useTicketRenewal();
  const [loaded, setLoaded] = useState<Loaded | undefined>(
    () =>
      first.account && {
        account: first.account,
        lastJob: null,
        seenJobId: first.seenJobId,
        settings: first.settings,
      },
  );
  const [loadFailed, setLoadFailed] = useState(false);
  const [tab, setTab] = useState<TabId>('schedule');
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(['schedule']));

  useEffect(() => {
    if (loaded) {
      // Painted from storage: a schedule sent just before the popup closed may not be stored yet,
      // so the background (which has the message) is asked after the paint, and its job shown.
      void env.send('getLastScheduleJob').then((reply) => {
        if (!reply.ok || !reply.value || reply.value.requestId === first.seenJobId) return;
        const job = reply.value;
        setLoaded((current) => current && { ...current, lastJob: job });
      });
      return;
    }
    const { seenJobId, settings } = first;
    Promise.all([env.send('getAccount'), env.send('getLastScheduleJob')])
      .then(([account, lastJob]) => {
        if (!account.ok || !lastJob.ok) return setLoadFailed(true);
        setLoaded({ account: account.value, lastJob: lastJob.value, seenJobId, settings });
      })
      .catch(() => setLoadFailed(true));
  }, []);

  // The page's shell (the form's first field in its HTML) stands in until the app has content:
  // then, before that is painted, it goes, its typed text already in the form (ScheduleView).
  useLayoutEffect(() => {
    if (loaded || loadFailed) env.shell.handOver();
  });

  function select(id: TabId) {
    setTab(id);
    setVisited((current) => new Set(current).add(id));
  }

  // Another account (or none) must not see the last one's card: its job is dropped with it.
  const setAccount = (account: AccountView) =>
    setLoaded(
      (current) =>
        current && {
          ...current,
          account,
          lastJob: accountId(current.account) === accountId(account) ? current.lastJob : null,
        },
    );

  async function signOut() {
    // Keeps this account's meetings kept here for its next sign-in (the button's title says so).
    const reply = await env.send('signOut', { forgetMeetings: false });
    if (reply.ok) setAccount(reply.value);
    select('schedule');
  }

  const account = loaded?.account;
  let body: ComponentChildren;
  if (loadFailed) {
    body = (
      <p class="notice error-notice" role="alert">
        {t('popup.noAnswer')}
      </p>
    );
  } else if (!loaded || !account) {
    body = <p class="muted loading-line">{t('popup.loading')}</p>;
  } else {
    const tabs = account.signedIn ? signedInTabs() : signedOutTabs();
    const hostName = account.signedIn
      ? `${account.profile.firstName} ${account.profile.lastName}`.trim()
      : '';
    body = (
      <>
        <Tabs label={t('popup.tabs.label')} tabs={tabs} selected={tab} onSelect={select} />
        <TabPanel id="schedule" active={tab === 'schedule'}>
          {account.signedIn ? (
            <ScheduleView
              key={`${accountId(account)} ${loaded.lastJob?.requestId ?? ''}`}
              account={account}
              lastJob={loaded.lastJob}
              seenJobId={loaded.seenJobId}
              defaultDurationMinutes={loaded.settings.defaultDurationMinutes}
              defaultInvitees={loaded.settings.defaultInvitees}
              renewal={renewal}
              onShowRecent={() => select('recent')}
            />
          ) : (
            <Lazy
              load={loadSignedOutView}
              props={{
                account,
                keepSignedIn: loaded.settings.keepSignedIn,
                onSignedIn: setAccount,
              }}
            />
          )}
        </TabPanel>
        {account.signedIn && (
          <TabPanel id="recent" active={tab === 'recent'}>
            {visited.has('recent') && (
              <Lazy
                key={`${accountId(account)} ${loaded.lastJob?.requestId ?? ''}`}
                load={loadRecentList}
                props={{
                  active: tab === 'recent',
                  siteName: account.site.name,
                  site: account.site,
                  hostName,
                  personalRoom: account.api === 'rest' ? account.profile.personalRoom : undefined,
                  renewal,
                  onSchedule: () => select('schedule'),
                }}
              />
            )}
          </TabPanel>
        )}
        <TabPanel id="decode" active={tab === 'decode'}>
          {visited.has('decode') && (
            <DecodeTab site={account.signedIn ? account.site : undefined} />
          )}
        </TabPanel>
      </>
    );
  }

  return (
    <>
      {/* Behind the password prompt, everything stays as it was but cannot be reached. */}
      <div class="popup" inert={renewal.asking}>
        <PopupHeader
          account={account}
          onOpenOptions={env.openOptions}
          onSignOut={signOut}
          onSiteChosen={setAccount}
        />
        <main>{body}</main>
      </div>
      {renewal.asking && account?.signedIn && (
        <Lazy
          load={loadTicketExpiredDialog}
          props={{
            account,
            onSignedIn: (next: AccountView) => {
              setAccount(next);
              renewal.done();
            },
            onCancel: renewal.cancel,
          }}
        />
      )}
    </>
  );
}
