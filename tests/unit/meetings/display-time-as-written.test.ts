import { describe, expect, it } from 'vitest';
import { formatStartAsWritten } from '../../../lib/meetings/display-time';

describe('formatStartAsWritten: a start no zone placed, shown as WebEx wrote it', () => {
  it('shows the startDate text and the zone label unchanged', () => {
    expect(
      formatStartAsWritten({
        startDate: '01/15/2025 09:00:00',
        timeZoneId: 99,
        timeZoneLabel: 'Alaska (Anchorage)',
      }),
    ).toBe('01/15/2025 09:00:00 (Alaska (Anchorage))');
  });

  it('names the zone by its number when WebEx gave no label', () => {
    expect(formatStartAsWritten({ startDate: '01/15/2025 09:00:00', timeZoneId: 99 })).toBe(
      '01/15/2025 09:00:00 (WebEx time zone 99)',
    );
    expect(formatStartAsWritten({ startDate: '01/15/2025 09:00:00' })).toBe(
      '01/15/2025 09:00:00 (time zone not given)',
    );
  });
});
