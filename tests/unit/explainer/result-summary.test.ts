import { describe, expect, it } from 'vitest';
import { resultSummary } from '../../../lib/explainer/result-summary';
import { explainResult } from '../../../lib/webex/rs-catalogue';

describe('resultSummary', () => {
  it('lists the result, its explanation and the page without its query', () => {
    const result = { at: 'SM', st: 'FAIL' as const, rs: 'MeetingScheduleFail', mk: '123456789' };
    const explanation = explainResult(result);
    const text = resultSummary(
      result,
      explanation,
      'https://intranet.example.test/landing.html?CSRF=secret&AT=SM',
    );
    expect(text.split('\n')).toEqual([
      `WebEx result: ${explanation.headline}`,
      'Command (AT): SM',
      'Outcome (ST): FAIL',
      'Reason (RS): MeetingScheduleFail',
      'Meeting number (MK): 123 456 789',
      `What it means: ${explanation.meaning}`,
      `What to do: ${explanation.action}`,
      'Page: https://intranet.example.test/landing.html',
    ]);
    expect(text).not.toContain('secret');
  });

  it('leaves out what the result does not have', () => {
    const result = { at: 'LI', st: 'SUCCESS' as const, wid: 'alice' };
    const text = resultSummary(result, explainResult(result), 'about:blank');
    expect(text).toContain('WebEx ID (WID): alice');
    expect(text).not.toMatch(/Reason|Meeting number|Page: $/m);
  });
});
