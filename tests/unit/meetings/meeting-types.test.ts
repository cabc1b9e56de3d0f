import { describe, expect, it } from 'vitest';
import {
  longestAllowed,
  maxDurationOfType,
  meetingTypeName,
} from '../../../lib/meetings/meeting-types';
import type { HostProfile } from '../../../lib/webex/types';

const profile: Pick<HostProfile, 'meetingTypes' | 'siteMeetingTypes'> = {
  meetingTypes: [74377, 74378],
  siteMeetingTypes: [
    { id: 74377, name: 'Meeting Center Pro', productCodePrefix: 'PRO', maxDurationMinutes: 1440 },
    {
      id: 74378,
      name: 'Meeting Center Pro 1000',
      displayName: 'Pro 1000 (large meetings)',
      maxDurationMinutes: 180,
    },
  ],
};

describe('meeting types by the names and limits the site gives', () => {
  it('displayName first, else name, else nothing (the number is shown)', () => {
    expect(meetingTypeName(profile, 74378)).toBe('Pro 1000 (large meetings)');
    expect(meetingTypeName(profile, 74377)).toBe('Meeting Center Pro');
    expect(meetingTypeName(profile, 3)).toBeUndefined();
    expect(meetingTypeName({ siteMeetingTypes: [] }, 3)).toBeUndefined();
  });

  it("each type's own limit", () => {
    expect(maxDurationOfType(profile, 74377)).toBe(1440);
    expect(maxDurationOfType(profile, 74378)).toBe(180);
    expect(maxDurationOfType(profile, undefined)).toBeUndefined();
  });

  it('the longest any of the host types allows, only when every type has one', () => {
    expect(longestAllowed(profile)).toBe(1440);
    expect(longestAllowed({ ...profile, meetingTypes: [74378] })).toBe(180);
    expect(longestAllowed({ ...profile, meetingTypes: [74378, 3] })).toBeUndefined();
    expect(longestAllowed({ meetingTypes: [74377] })).toBeUndefined();
  });
});
