import { describe, expect, it, vi } from 'vitest';
import { injectResultPanel, PANEL_SCRIPT } from '../../../lib/explainer/panel-injection';

const EXTENSION = 'our-extension-id';
const RESULT_PAGE = 'https://acme.webex.com/acme/backurl-test.html?AT=LI&ST=FAIL&RS=AccessDenied';

describe('injectResultPanel', () => {
  it('injects the panel bundle into the frame that asked, and says whether it shows', async () => {
    const executeScript = vi.fn(async () => [{ frameId: 3, documentId: 'd', result: true }]);
    const answer = await injectResultPanel(
      { executeScript },
      { id: EXTENSION, url: RESULT_PAGE, tab: { id: 7 }, frameId: 3 },
      EXTENSION,
    );
    expect(answer).toEqual({ shown: true });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [PANEL_SCRIPT],
    });
  });

  it('reports a panel that decided to stay hidden (dismissed before)', async () => {
    const executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: false }]);
    const sender = { id: EXTENSION, url: RESULT_PAGE, tab: { id: 7 } };
    expect(await injectResultPanel({ executeScript }, sender, EXTENSION)).toEqual({ shown: false });
    expect(executeScript).toHaveBeenCalledOnce();
  });

  it('uses the top frame when the sender names none', async () => {
    const executeScript = vi.fn(async () => []);
    await injectResultPanel(
      { executeScript },
      { id: EXTENSION, url: RESULT_PAGE, tab: { id: 7 } },
      EXTENSION,
    );
    expect(executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }),
    );
  });

  it('finds a result in a fragment route too', async () => {
    const executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: true }]);
    const url = 'https://lms.example.test/#/course?AT=JM&ST=FAIL&RS=MeetingLocked';
    expect(
      await injectResultPanel({ executeScript }, { id: EXTENSION, url, tab: { id: 1 } }, EXTENSION),
    ).toEqual({
      shown: true,
    });
  });

  it.each([
    ['another extension', { id: 'someone-else', url: RESULT_PAGE, tab: { id: 7 } }],
    ['no tab (e.g. the popup)', { id: EXTENSION, url: RESULT_PAGE }],
    ['no URL', { id: EXTENSION, tab: { id: 7 } }],
    [
      'a page without a result',
      { id: EXTENSION, url: 'https://acme.webex.com/acme/backurl-test.html', tab: { id: 7 } },
    ],
    ['an unparsable URL', { id: EXTENSION, url: 'not a url', tab: { id: 7 } }],
  ])('injects nothing for %s', async (_what, sender) => {
    const executeScript = vi.fn(async () => []);
    expect(await injectResultPanel({ executeScript }, sender, EXTENSION)).toEqual({ shown: false });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
