import type { ExplainedText } from '../explained-text';

/** Pasted text that cannot be explained: what is wrong with it and what to paste instead. */
export function decodeProblem(headline: string, meaning: string, action: string): ExplainedText {
  return { tone: 'failure', headline, meaning, action, facts: [] };
}
