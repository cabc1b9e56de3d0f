import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AccountView, ScheduleJob } from '../../lib/messaging';
import { DecodeTab } from './DecodeTab';
import { usePopupEnv, type PopupSettings } from './popup-env';
import { PopupHeader } from './PopupHeader';
import { Lazy } from './Lazy';
import { ScheduleView } from './ScheduleView';
import { TabPanel } from './TabPanel';
import { Tabs, type TabItem } from './Tabs';
import { useReauth } from './use-reauth';

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
const loadReauthDialog = () => import('./ReauthDialog').then((module) => module.ReauthDialog);

const SIGNED_IN_TABS: TabItem<TabId>[] = [
  { id: 'schedule', label: 'Schedule' },
  { id: 'recent', label: 'Recent' },
  { id: 'decode', label: 'Decode' },
];
const SIGNED_OUT_TABS: TabItem<TabId>[] = [
  { id: 'schedule', label: 'Sign in' },
  { id: 'decode', label: 'Decode' },
];

/** The popup: sign in, or schedule / recent / decode in tabs. Everything it needs comes at once. */
export function App() {
  const env = usePopupEnv();
  const reauth = useReauth();
  const [loaded, setLoaded] = useState<Loaded>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [tab, setTab] = useState<TabId>('schedule');
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(new Set(['schedule']));

  useEffect(() => {
    Promise.all([
      env.send('getAccount'),
      env.send('getLastScheduleJob'),
      env.seenJob.get(),
      env.loadSettings(),
    ])
      .then(([account, lastJob, seenJobId, settings]) =>
        setLoaded({ account, lastJob, seenJobId, settings }),
      )
      .catch(() => setLoadFailed(true));
  }, []);

  function select(id: TabId) {
    setTab(id);
    setVisited((current) => new Set(current).add(id));
  }

  const setAccount = (account: AccountView) =>
    setLoaded((current) => current && { ...current, account });

  async function signOut() {
    setAccount(await env.send('signOut'));
    select('schedule');
  }

  const account = loaded?.account;
  let body: ComponentChildren;
  if (loadFailed) {
    body = (
      <p class="notice error-notice" role="alert">
        The extension did not answer. Close this popup and open it again; if that does not help,
        reload WebEx Host Helper on the browser's extensions page.
      </p>
    );
  } else if (!loaded || !account) {
    body = <p class="muted loading-line">Loading…</p>;
  } else {
    const tabs = account.signedIn ? SIGNED_IN_TABS : SIGNED_OUT_TABS;
    const hostName = account.signedIn
      ? `${account.profile.firstName} ${account.profile.lastName}`.trim()
      : '';
    body = (
      <>
        <Tabs label="Views" tabs={tabs} selected={tab} onSelect={select} />
        <TabPanel id="schedule" active={tab === 'schedule'}>
          {account.signedIn ? (
            <ScheduleView
              key={`${account.site.origin} ${account.webExId}`}
              account={account}
              lastJob={loaded.lastJob}
              seenJobId={loaded.seenJobId}
              defaultDurationMinutes={loaded.settings.defaultDurationMinutes}
              defaultInvitees={loaded.settings.defaultInvitees}
              reauth={reauth}
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
                load={loadRecentList}
                props={{
                  active: tab === 'recent',
                  siteName: account.site.name,
                  hostName,
                  reauth,
                  onSchedule: () => select('schedule'),
                }}
              />
            )}
          </TabPanel>
        )}
        <TabPanel id="decode" active={tab === 'decode'}>
          {visited.has('decode') && <DecodeTab />}
        </TabPanel>
      </>
    );
  }

  return (
    <>
      {/* Behind the password prompt, everything stays as it was but cannot be reached. */}
      <div class="popup" inert={reauth.asking}>
        <PopupHeader account={account} onOpenOptions={env.openOptions} onSignOut={signOut} />
        <main>{body}</main>
      </div>
      {reauth.asking && account?.signedIn && (
        <Lazy
          load={loadReauthDialog}
          props={{
            account,
            onSignedIn: (next: AccountView) => {
              setAccount(next);
              reauth.done();
            },
            onCancel: reauth.cancel,
          }}
        />
      )}
    </>
  );
}
