import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { fieldOfControl } from '../../lib/meetings/form-feedback';
import { maxDurationOfType, meetingTypeName } from '../../lib/meetings/meeting-types';
import type { FormField, FormProblems, ScheduleFormValues } from '../../lib/meetings/schedule-form';
import type { HostProfile } from '../../lib/webex/types';
import { AlternateHostField } from './AlternateHostField';
import { DurationPicker } from './DurationPicker';
import { InviteesField } from './InviteesField';
import { MeetingPasswordField } from './MeetingPasswordField';
import { MeetingTypeField } from './MeetingTypeField';
import { StartTimePicker } from './StartTimePicker';
import { TopicField } from './TopicField';

interface ScheduleFormProps {
  values: ScheduleFormValues;
  problems: FormProblems;
  profile: HostProfile;
  siteName: string;
  running: boolean;
  /** Why Schedule is not offered (a REST site where the host only attends): shown above it. */
  blocked?: string;
  onChange(values: ScheduleFormValues): void;
  /** The host left a field's control: its problem shows from now on. */
  onLeaveField(field: FormField): void;
  onRegeneratePassword(): void;
  onSubmit(): void;
}

export function ScheduleForm(props: ScheduleFormProps) {
  const { values, problems, running } = props;
  const set = <K extends keyof ScheduleFormValues>(key: K, value: ScheduleFormValues[K]) =>
    props.onChange({ ...values, [key]: value });
  // Typing and Enter schedules: the topic has the focus when the form appears, before it is
  // painted (so typing begun in the page's shell, lib/popup-shell.ts, goes on without a gap).
  const topic = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => topic.current?.focus(), []);

  return (
    <form
      class="schedule-form"
      noValidate
      // Rendered only once interactive: the bench and the e2e tests wait for this.
      data-ready="true"
      aria-label={t('schedule.form.label')}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
      onFocusOut={(event) => {
        const field = fieldOfControl((event.target as HTMLElement).id);
        if (field) props.onLeaveField(field);
      }}
    >
      <TopicField
        value={values.topic}
        problem={problems.topic}
        inputRef={topic}
        onChange={(text) => set('topic', text)}
      />
      <StartTimePicker
        value={values.start}
        problem={problems.start}
        onChange={(start) => set('start', start)}
      />
      <DurationPicker
        value={values.durationMinutes}
        limit={maxDurationOfType(props.profile, values.meetingType)}
        typeName={meetingTypeName(props.profile, values.meetingType)}
        onChange={(minutes) => set('durationMinutes', minutes)}
      />
      <MeetingPasswordField
        value={values.meetingPassword}
        problem={problems.meetingPassword}
        onChange={(password) => set('meetingPassword', password)}
        onRegenerate={props.onRegeneratePassword}
      />
      <InviteesField
        value={values.invitees}
        problem={problems.invitees}
        onChange={(text) => set('invitees', text)}
      />
      <AlternateHostField
        value={values.alternateHost}
        siteName={props.siteName}
        problem={problems.alternateHost}
        onChange={(text) => set('alternateHost', text)}
      />
      <MeetingTypeField
        types={props.profile.meetingTypes}
        value={values.meetingType}
        nameOf={(type) => meetingTypeName(props.profile, type)}
        onChange={(type) => set('meetingType', type)}
      />
      {/* Sticky at the popup's bottom edge: the main action stays in sight in a long form. */}
      <div class="form-footer">
        {props.blocked && (
          <p id="schedule-blocked" class="notice warning-notice">
            {props.blocked}
          </p>
        )}
        <button
          type="submit"
          class="button primary wide"
          disabled={running || props.blocked !== undefined}
          aria-busy={running}
          aria-describedby={props.blocked ? 'schedule-blocked' : undefined}
        >
          {running ? t('schedule.form.submitting') : t('schedule.form.submit')}
        </button>
        {running && (
          <p class="hint" role="status">
            {t('schedule.form.mayClose')}
          </p>
        )}
      </div>
    </form>
  );
}
