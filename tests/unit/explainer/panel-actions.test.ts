import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, usableActions } from '../../../lib/explainer/panel-actions';
import type { ActionId } from '../../../lib/webex/rs-catalogue';

describe('usableActions', () => {
  it.each<[string, ActionId[], { meetingKey?: string; siteKnown: boolean }, ActionId[]]>([
    [
      'keeps what can be done',
      ['sign-in-again', 'copy-details', 'dismiss'],
      { siteKnown: true },
      ['sign-in-again', 'copy-details', 'dismiss'],
    ],
    [
      'drops start without a meeting key',
      ['start-meeting', 'dismiss'],
      { siteKnown: true },
      ['dismiss'],
    ],
    [
      'keeps start with a meeting key',
      ['start-meeting', 'copy-details', 'dismiss'],
      { meetingKey: '123', siteKnown: true },
      ['start-meeting', 'copy-details', 'dismiss'],
    ],
    [
      'logs out where the site is known',
      ['log-out-and-retry', 'dismiss'],
      { siteKnown: true },
      ['log-out-and-retry', 'dismiss'],
    ],
    [
      'opens the extension where the site is not known',
      ['log-out-and-retry', 'dismiss'],
      { siteKnown: false },
      ['open-extension', 'dismiss'],
    ],
    [
      'adds dismiss when missing, last',
      ['copy-details'],
      { siteKnown: true },
      ['copy-details', 'dismiss'],
    ],
    [
      'moves dismiss last and drops repeats',
      ['dismiss', 'open-extension', 'log-out-and-retry'],
      { siteKnown: false },
      ['open-extension', 'dismiss'],
    ],
  ])('%s', (_what, actions, context, expected) => {
    expect(usableActions(actions, context)).toEqual(expected);
  });

  it('has a label for every action', () => {
    for (const label of Object.values(ACTION_LABELS)) expect(label).toMatch(/^[A-Z][\w ]+$/);
  });
});
