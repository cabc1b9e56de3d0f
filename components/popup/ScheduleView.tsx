import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultTopic } from '../../lib/meetings/default-topic';
import { withinLimit } from '../../lib/meetings/durations';
import { visibleProblems, withShown, type ShownFields } from '../../lib/meetings/form-feedback';
import { maxDurationOfType } from '../../lib/meetings/meeting-types';
import { generateMeetingPassword } from '../../lib/meetings/meeting-password';
import type { ScheduleFormValues } from '../../lib/meetings/schedule-form';
import type { AccountView, ScheduleJob } from '../../lib/messaging';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import type { ScheduleRequest } from '../../lib/webex/types';
import { topicCount } from '../../lib/meetings/topic';
import { accountIdOf } from '../../lib/account-id';
import { siteHost } from '../../lib/site-host';
import { usePopupEnv, type PopupEnv } from './popup-env';
import { Lazy } from './Lazy';
import { ScheduleForm } from './ScheduleForm';
import { useLoaded } from './use-loaded';
import type { TicketRenewal } from './use-ticket-renewal';

// Loaded when a meeting is scheduled (or scheduling failed), not with the popup.
const loadScheduledCard = () => import('./ScheduledCard').then((module) => module.ScheduledCard);
// The form's checks (addresses, a typed date and time) load right after the first paint: a
// fresh form has no problem to show yet.
const loadFormChecks = () => import('../../lib/meetings/schedule-form');
type FormChecks = Awaited<ReturnType<typeof loadFormChecks>>;
const loadFormRestore = () => import('../../lib/meetings/schedule-form-restore');
// REST accounts' site rules and kept draft: after the first paint.
const loadSiteChoices = () => import('../../lib/site-choices');
const loadDraftKeeper = () =>
  import('./use-schedule-draft').then((module) => module.ScheduleDraftKeeper);
const loadFailureNotice = () =>
  import('./ScheduleFailureNotice').then((module) => module.ScheduleFailureNotice);

type SignedIn = Extract<AccountView, { signedIn: true }>;

type Phase =
  | { kind: 'form' }
  | { kind: 'running' }
  | { kind: 'done'; meeting: NonNullable<ScheduleJob['meeting']>; timeZone: string }
  | { kind: 'failed'; error: WebExErrorInfo; request: ScheduleRequest };

interface ScheduleViewProps {
  account: SignedIn;
  /** The background's last job, fetched with the account: shown if its outcome is news to the host. */
  lastJob: ScheduleJob | null;
  seenJobId: string | null;
  defaultDurationMinutes: number;
  defaultInvitees: string[];
  renewal: TicketRenewal;
  onShowRecent(): void;
}

function freshValues(env: PopupEnv, props: ScheduleViewProps): ScheduleFormValues {
  const { profile } = props.account;
  const type = profile.meetingTypes[0];
  return {
    topic: defaultTopic(profile.firstName),
    start: { kind: 'now' },
    // A default longer than this site allows starts at the site's limit.
    durationMinutes: withinLimit(props.defaultDurationMinutes, maxDurationOfType(profile, type)),
    meetingPassword: generateMeetingPassword(env.getRandomValues),
    invitees: props.defaultInvitees.join(', '),
    alternateHost: '',
    ...(profile.meetingTypes[0] !== undefined ? { meetingType: profile.meetingTypes[0] } : {}),
  };
}

const FIELD_ORDER = [
  'topic',
  'start',
  'duration',
  'meetingPassword',
  'invitees',
  'alternateHost',
] as const;
const FIELD_CONTROL: Record<(typeof FIELD_ORDER)[number], string> = {
  topic: '#topic',
  start: '#start-at, input[name="start"]:checked',
  duration: '#duration-hours',
  meetingPassword: '#meeting-password',
  invitees: '#invitees',
  alternateHost: '#alternate-host',
};

/** The schedule tab: the form, then the scheduled card or what went wrong. */
export function ScheduleView(props: ScheduleViewProps) {
  const env = usePopupEnv();
  const { account, renewal } = props;
  // Typed in the page's shell before the app came (lib/popup-shell.ts): kept, not replaced.
  const [values, setValues] = useState(() => {
    const fresh = freshValues(env, props);
    return { ...fresh, topic: env.shell.typedTopic() || fresh.topic };
  });
  // Problems are checked against the values on every render; `shown` says whose to show.
  const [shown, setShown] = useState<ShownFields>(() => new Set());
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const busy = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  // A REST site where the host only attends: Webex refuses to schedule there, so say it first.
  const siteRules = useLoaded(loadSiteChoices);
  const host = siteHost(account.site);
  const blocked =
    account.api === 'rest' ? siteRules?.attendeeSiteProblem(account.profile, host) : undefined;

  async function run(request: ScheduleRequest, requestId: string) {
    busy.current = true;
    // Sent before "Scheduling…" shows, so a popup closed at that sight has sent it. The same id
    // after a password prompt too: the background runs a request id at most once.
    const replied = renewal.withRenewal(() => env.send('scheduleMeeting', { requestId, request }));
    setPhase({ kind: 'running' });
    const reply = await replied;
    busy.current = false;
    void env.seenJob.set(requestId);
    if (reply.ok && reply.value.meeting) {
      setPhase({ kind: 'done', meeting: reply.value.meeting, timeZone: request.timeZone });
    } else if (!reply.ok) {
      setPhase({ kind: 'failed', error: reply.error, request });
    }
  }

  const checks = useLoaded(loadFormChecks);
  const build = ({ buildScheduleRequest }: FormChecks, formValues: ScheduleFormValues) =>
    buildScheduleRequest(formValues, {
      now: env.now(),
      timeZone: env.timeZone,
      hostEmail: account.profile.email,
      maxDurationMinutes: maxDurationOfType(account.profile, formValues.meetingType),
    });

  function submit(formValues: ScheduleFormValues) {
    if (checks) submitChecked(checks, formValues);
    else void loadFormChecks().then((loaded) => submitChecked(loaded, formValues));
  }

  function submitChecked(loaded: FormChecks, formValues: ScheduleFormValues) {
    if (busy.current || blocked) return;
    const built = build(loaded, formValues);
    if (!built.ok) {
      setShown('all');
      const first = FIELD_ORDER.find((field) => built.problems[field]);
      if (first) root.current?.querySelector<HTMLElement>(FIELD_CONTROL[first])?.focus();
      return;
    }
    void run(built.request, loaded.newRequestId(env.getRandomValues));
  }

  // The start is a choice, not typing: its problem shows at once, as does a topic over the limit.
  const current = checks && build(checks, values);
  let showing = withShown(shown, 'start');
  if (topicCount(values.topic).kind === 'over') showing = withShown(showing, 'topic');
  const problems = !current || current.ok ? {} : visibleProblems(current.problems, showing);

  // A job that ran while the popup was closed: wait for it (run marks it seen when it ends), or
  // show its outcome once.
  useEffect(() => {
    const job = props.lastJob;
    if (!job || job.requestId === props.seenJobId) return;
    const showOutcome = () => {
      if (job.meeting)
        setPhase({ kind: 'done', meeting: job.meeting, timeZone: job.request.timeZone });
      else if (job.error) setPhase({ kind: 'failed', error: job.error, request: job.request });
      void env.seenJob.set(job.requestId);
    };
    if (job.state === 'done') return showOutcome();
    // Its form comes back too (code loaded on demand): a running job's disabled until it ends.
    if (job.state === 'running') void run(job.request, job.requestId);
    void loadFormRestore().then(({ formValuesFromRequest }) => {
      setValues(formValuesFromRequest(job.request, env.now()));
      if (job.state !== 'running') showOutcome();
    });
  }, []);

  function scheduleAnother() {
    setValues(freshValues(env, props));
    setShown(new Set());
    setPhase({ kind: 'form' });
  }

  if (phase.kind === 'done') {
    return (
      <Lazy
        load={loadScheduledCard}
        props={{
          meeting: phase.meeting,
          timeZone: phase.timeZone,
          site: account.site,
          profile: account.profile,
          renewal,
          onScheduleAnother: scheduleAnother,
        }}
      />
    );
  }

  return (
    <div ref={root}>
      {account.api === 'rest' && (
        <Lazy
          load={loadDraftKeeper}
          props={{
            owner: accountIdOf(account),
            values,
            renewing: renewal.asking,
            restore: setValues,
          }}
        />
      )}
      {phase.kind === 'failed' && (
        <Lazy
          load={loadFailureNotice}
          props={{
            error: phase.error,
            request: phase.request,
            siteName: account.site.name,
            onInviteAsAttendee: () =>
              void loadFormRestore().then(({ withAlternateHostAsInvitee }) => {
                const moved = withAlternateHostAsInvitee(values);
                setValues(moved);
                submit(moved);
              }),
            onShowRecent: props.onShowRecent,
          }}
        />
      )}
      <ScheduleForm
        values={values}
        problems={problems}
        profile={account.profile}
        siteName={account.site.name}
        running={phase.kind === 'running'}
        blocked={blocked}
        onChange={setValues}
        onLeaveField={(field) => setShown((before) => withShown(before, field))}
        onRegeneratePassword={() =>
          setValues({ ...values, meetingPassword: generateMeetingPassword(env.getRandomValues) })
        }
        onSubmit={() => submit(values)}
      />
    </div>
  );
}
