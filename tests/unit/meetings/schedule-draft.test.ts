import { describe, expect, it } from 'vitest';
import {
  DRAFT_LIFETIME_MS,
  restorableDraft,
  scheduleDraft,
} from '../../../lib/meetings/schedule-draft';
import type { ScheduleFormValues } from '../../../lib/meetings/schedule-form';

const values: ScheduleFormValues = {
  topic: 'Design review',
  start: { kind: 'at', local: '2026-12-02T09:30' },
  durationMinutes: 45,
  meetingPassword: 'Tq7vRz4k',
  invitees: 'carol@example.com, "Dave D" <dave@example.com>',
  alternateHost: 'erin@example.com',
  meetingType: 3,
};
const GINA = 'https://acme.webex.com gina@acme.example';
const NOW = Date.UTC(2026, 11, 1, 10, 0);

describe('the schedule draft kept over a Webex sign-in', () => {
  it("gives back the owner's form exactly as it was", () => {
    const kept = scheduleDraft(GINA, values, NOW);
    expect(restorableDraft(kept, GINA, NOW + 5 * 60_000)).toEqual(values);
  });

  it("never gives one account's form to another", () => {
    const kept = scheduleDraft(GINA, values, NOW);
    expect(restorableDraft(kept, 'https://retired.webex.com hugo@retired.example', NOW)).toBe(
      undefined,
    );
  });

  it('drops a draft an hour old, or one dated in the future', () => {
    const kept = scheduleDraft(GINA, values, NOW);
    expect(restorableDraft(kept, GINA, NOW + DRAFT_LIFETIME_MS - 1)).toEqual(values);
    expect(restorableDraft(kept, GINA, NOW + DRAFT_LIFETIME_MS)).toBe(undefined);
    expect(restorableDraft(kept, GINA, NOW - 1)).toBe(undefined);
  });

  it('has nothing to give without a draft', () => {
    expect(restorableDraft(null, GINA, NOW)).toBe(undefined);
  });
});
