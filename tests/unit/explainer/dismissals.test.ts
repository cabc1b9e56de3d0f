import { describe, expect, it } from 'vitest';
import {
  isDismissed,
  MAX_REMEMBERED_DISMISSALS,
  withDismissal,
} from '../../../lib/explainer/dismissals';

describe('withDismissal', () => {
  it('adds the fingerprint last', () => {
    expect(withDismissal(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
  });

  it('moves a fingerprint dismissed again to the end instead of repeating it', () => {
    expect(withDismissal(['a', 'b', 'c'], 'a')).toEqual(['b', 'c', 'a']);
  });

  it(`keeps only the newest ${MAX_REMEMBERED_DISMISSALS}`, () => {
    const many = Array.from({ length: MAX_REMEMBERED_DISMISSALS }, (_, i) => `f${i}`);
    const after = withDismissal(many, 'new');
    expect(after).toHaveLength(MAX_REMEMBERED_DISMISSALS);
    expect(after[0]).toBe('f1');
    expect(after.at(-1)).toBe('new');
  });
});

describe('isDismissed', () => {
  it.each<[string | undefined, boolean, boolean]>([
    ['reload', true, true],
    ['back_forward', true, true],
    // A new navigation to the result is a new attempt: show it again.
    ['navigate', true, false],
    ['prerender', true, false],
    [undefined, true, false],
    ['reload', false, false],
  ])('navigation %s, dismissed before %s -> hidden %s', (navigation, wasDismissed, hidden) => {
    const list = wasDismissed ? ['x', 'fp'] : ['x'];
    expect(isDismissed(list, 'fp', navigation)).toBe(hidden);
  });
});
