/**
 * The longest topic sent (characters, as a person counts them: code points, so an emoji is
 * one). WebEx's REST API refuses a title over 128 (docs/webex-protocol.md, "Create"); the XML
 * API is held to the same so a meeting keeps its topic whichever API schedules it.
 */
export const TOPIC_MAX_CHARS = 128;
/** The counter under the topic appears when this few characters (or fewer) are left. */
export const TOPIC_COUNTER_FROM = 28;

/** The topic's length as sent (trimmed), in code points. */
export function topicLength(topic: string): number {
  let count = 0;
  // The string iterator walks code points; one pass, no copy.
  for (const _ of topic.trim()) count++;
  return count;
}

/**
 * What the counter under the topic says: nothing while far from the limit, how many characters
 * are left near it, how many are over past it.
 */
export type TopicCount =
  { kind: 'quiet' } | { kind: 'left'; left: number } | { kind: 'over'; over: number };

/** The counter's state for a topic as typed. */
export function topicCount(topic: string): TopicCount {
  const left = TOPIC_MAX_CHARS - topicLength(topic);
  if (left < 0) return { kind: 'over', over: -left };
  return left <= TOPIC_COUNTER_FROM ? { kind: 'left', left } : { kind: 'quiet' };
}
