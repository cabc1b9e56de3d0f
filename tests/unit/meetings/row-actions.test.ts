import { describe, expect, it } from 'vitest';
import { rowActions } from '../../../lib/meetings/row-actions';

const AT = Date.UTC(2026, 2, 10, 13, 30);

describe('rowActions', () => {
  it('starts an upcoming meeting; everything else, Delete last, is in the menu', () => {
    expect(rowActions({ status: 'NOT_INPROGRESS', startsAt: AT, meetingPassword: 'Ab3d' })).toEqual(
      {
        main: 'start',
        menu: [
          'join',
          'copyInvitation',
          'copyNumber',
          'copyPassword',
          'copyLink',
          'calendarFile',
          'googleCalendar',
          'outlookWeb',
          'delete',
        ],
      },
    );
  });

  it('offers Rejoin and no Delete while the meeting is in progress', () => {
    const { main, menu } = rowActions({ status: 'INPROGRESS', startsAt: AT });
    expect(main).toBe('rejoin');
    expect(menu).not.toContain('delete');
    expect(menu).toContain('join');
  });

  it('offers no Start, join, invitation, calendar entry or Delete on a meeting REST lists as ended', () => {
    const ended = { status: 'NOT_INPROGRESS', startsAt: AT, ended: true } as const;
    expect(rowActions({ ...ended, meetingPassword: 'Ab3d' })).toEqual({
      menu: ['copyNumber', 'copyPassword'],
    });
    expect(rowActions(ended)).toEqual({ menu: ['copyNumber'] });
    // Running again (a state newer than the list's): Rejoin, as for any meeting in progress.
    expect(rowActions({ ...ended, status: 'INPROGRESS' }).main).toBe('rejoin');
  });

  it('copies no password it does not know, and makes no calendar entry at a guessed time', () => {
    expect(rowActions({ status: 'UNKNOWN', startsAt: undefined }).menu).toEqual([
      'join',
      'copyNumber',
      'copyLink',
      'delete',
    ]);
  });
});
