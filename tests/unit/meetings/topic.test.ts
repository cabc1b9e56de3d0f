import { describe, expect, it } from 'vitest';
import {
  TOPIC_COUNTER_FROM,
  TOPIC_MAX_CHARS,
  topicCount,
  topicLength,
} from '../../../lib/meetings/topic';

describe('topicLength', () => {
  it('counts code points of the trimmed topic: an emoji or a Hebrew letter is one', () => {
    expect(topicLength('  Review  ')).toBe(6);
    expect(topicLength('🎉🎉')).toBe(2);
    expect(topicLength('סקירה')).toBe(5);
  });
});

describe('topicCount', () => {
  const ofLength = (length: number) => 'a'.repeat(length);

  it('says nothing while the topic is far from the limit', () => {
    expect(topicCount(ofLength(TOPIC_MAX_CHARS - TOPIC_COUNTER_FROM - 1))).toEqual({
      kind: 'quiet',
    });
  });

  it.each([
    [TOPIC_MAX_CHARS - TOPIC_COUNTER_FROM, { kind: 'left', left: TOPIC_COUNTER_FROM }],
    [TOPIC_MAX_CHARS, { kind: 'left', left: 0 }],
    [TOPIC_MAX_CHARS + 1, { kind: 'over', over: 1 }],
    [300, { kind: 'over', over: 300 - TOPIC_MAX_CHARS }],
  ])('%d characters -> %j', (length, count) => {
    expect(topicCount(ofLength(length))).toEqual(count);
  });

  it('holds WebEx REST API title limit of 128', () => {
    expect(TOPIC_MAX_CHARS).toBe(128);
  });
});
