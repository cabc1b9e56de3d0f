import { accountKeyOf, accountView, sameAccount } from './background/account-store';
import type { AccountView, ScheduleJob } from './messaging';
import type { Settings, StoredAccount } from './storage';
import { areaKey, DEFAULT_SETTINGS, STORAGE_KEYS } from './storage-keys';

/** One storage area as the browser gives it (`browser.storage.session`, `.local`). */
export interface StorageAreaReader {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

/** What the popup reads before its first paint: the two areas, the clock (epoch ms). */
export interface FirstStateEnv {
  session: StorageAreaReader;
  local: StorageAreaReader;
  now(): number;
}

export type SignedInView = Extract<AccountView, { signedIn: true }>;

/** What the popup's first paint shows from; `account` absent: ask the background for it. */
export interface PopupFirstState {
  settings: Settings;
  /** The schedule job whose outcome the host has already seen (an id, no secret). */
  seenJobId: string | null;
  /**
   * Signed in for this browser session (the ticket in session storage) with no schedule job
   * of this account the host has not seen: the background would answer exactly this, so the
   * form shows without waiting for it (or for the service worker to wake). Absent when signed
   * out, when the ticket is kept on this device (sealed: only the background opens it), or
   * when a job's outcome is news (the background checks and completes it).
   */
  account?: SignedInView;
}

const [, SESSION_ACCOUNT] = areaKey(STORAGE_KEYS.sessionAccount);
const [, LAST_JOB] = areaKey(STORAGE_KEYS.lastScheduleJob);
const [, SEEN_JOB] = areaKey(STORAGE_KEYS.seenScheduleJob);
const [, SETTINGS] = areaKey(STORAGE_KEYS.settings);

/**
 * Reads the popup's first state in two storage reads (one per area, in parallel), the same
 * values lib/storage.ts's items hold. The ticket read here stays in memory: never logged,
 * never shown. Never rejects: should storage fail, the defaults, and the background is asked.
 */
export async function readPopupFirstState(env: FirstStateEnv): Promise<PopupFirstState> {
  let session: Record<string, unknown>;
  let local: Record<string, unknown>;
  try {
    [session, local] = await Promise.all([
      env.session.get([SESSION_ACCOUNT, LAST_JOB, SEEN_JOB]),
      env.local.get([SETTINGS]),
    ]);
  } catch {
    return { settings: DEFAULT_SETTINGS, seenJobId: null };
  }
  const settings = (local[SETTINGS] as Settings | undefined) ?? DEFAULT_SETTINGS;
  const seenJobId = (session[SEEN_JOB] as string | undefined) ?? null;
  const stored = session[SESSION_ACCOUNT] as StoredAccount | undefined | null;
  if (!stored) return { settings, seenJobId };
  const job = session[LAST_JOB] as ScheduleJob | undefined | null;
  const jobIsNews =
    !!job && job.requestId !== seenJobId && sameAccount(job.owner, accountKeyOf(stored.session));
  if (jobIsNews) return { settings, seenJobId };
  const view = accountView({ account: stored, kept: false }, env.now());
  return view.signedIn ? { settings, seenJobId, account: view } : { settings, seenJobId };
}
