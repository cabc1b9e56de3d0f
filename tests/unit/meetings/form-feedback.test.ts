import { describe, expect, it } from 'vitest';
import {
  fieldOfControl,
  visibleProblems,
  withShown,
  type ShownFields,
} from '../../../lib/meetings/form-feedback';

const problems = { topic: 'no topic', invitees: 'bad entry', start: 'passed' };

describe('visibleProblems', () => {
  it('shows nothing before the host has left a field or pressed Schedule', () => {
    expect(visibleProblems(problems, new Set())).toEqual({});
  });

  it('shows a left field’s problem, and none once that field is right', () => {
    const shown: ShownFields = new Set(['invitees', 'alternateHost'] as const);
    expect(visibleProblems(problems, shown)).toEqual({ invitees: 'bad entry' });
    expect(visibleProblems({ topic: 'no topic' }, shown)).toEqual({});
  });

  it('shows every problem after a submit', () => {
    expect(visibleProblems(problems, 'all')).toEqual(problems);
  });
});

describe('withShown', () => {
  it('adds a field without changing the set it was given', () => {
    const before = new Set(['topic'] as const);
    const after = withShown(before, 'invitees');
    expect([...(after as Set<string>)]).toEqual(['topic', 'invitees']);
    expect([...before]).toEqual(['topic']);
  });

  it('keeps the same object when nothing changes (no needless render)', () => {
    const before = new Set(['topic'] as const);
    expect(withShown(before, 'topic')).toBe(before);
    expect(withShown(before, undefined)).toBe(before);
    expect(withShown('all', 'topic')).toBe('all');
  });
});

describe('fieldOfControl', () => {
  it.each([
    ['topic', 'topic'],
    ['start-at', 'start'],
    ['duration-minutes', 'duration'],
    ['meeting-password', 'meetingPassword'],
    ['invitees', 'invitees'],
    ['alternate-host', 'alternateHost'],
    ['meeting-type', undefined],
    ['toString', undefined],
  ])('%s -> %s', (id, field) => {
    expect(fieldOfControl(id)).toBe(field);
  });
});
