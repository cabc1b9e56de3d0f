import { describe, expect, it } from 'vitest';
import { defaultTopic } from '../../../lib/meetings/default-topic';

describe('defaultTopic', () => {
  it.each([
    ['Alice', "Alice's meeting"],
    ['  Zoë ', "Zoë's meeting"],
    ['', 'My meeting'],
    [undefined, 'My meeting'],
  ])('%j -> %j', (firstName, topic) => {
    expect(defaultTopic(firstName)).toBe(topic);
  });
});
