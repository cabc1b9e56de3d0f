import { t } from '../../lib/i18n';
import { maxDurationOfType, meetingTypeName } from '../../lib/meetings/meeting-types';
import type { FormProblems, ScheduleFormValues } from '../../lib/meetings/schedule-form';
import type { HostProfile } from '../../lib/webex/types';
import { AlternateHostField } from './AlternateHostField';
import { DurationPicker } from './DurationPicker';
import { describedBy, Field } from './Field';
import { InviteesField } from './InviteesField';
import { MeetingPasswordField } from './MeetingPasswordField';
import { MeetingTypeField } from './MeetingTypeField';
import { StartTimePicker } from './StartTimePicker';

interface ScheduleFormProps {
  values: ScheduleFormValues;
  problems: FormProblems;
  profile: HostProfile;
  siteName: string;
  running: boolean;
  onChange(values: ScheduleFormValues): void;
  onRegeneratePassword(): void;
  onSubmit(): void;
}

export function ScheduleForm(props: ScheduleFormProps) {
  const { values, problems, running } = props;
  const set = <K extends keyof ScheduleFormValues>(key: K, value: ScheduleFormValues[K]) =>
    props.onChange({ ...values, [key]: value });

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
    >
      <Field id="topic" label={t('schedule.form.topic')} problem={problems.topic}>
        <input
          id="topic"
          type="text"
          value={values.topic}
          autocomplete="off"
          aria-invalid={problems.topic ? true : undefined}
          aria-describedby={describedBy('topic', undefined, problems.topic)}
          onInput={(event) => set('topic', event.currentTarget.value)}
        />
      </Field>
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
      <button type="submit" class="button primary wide" disabled={running} aria-busy={running}>
        {running ? t('schedule.form.submitting') : t('schedule.form.submit')}
      </button>
      {running && (
        <p class="hint" role="status">
          {t('schedule.form.mayClose')}
        </p>
      )}
    </form>
  );
}
