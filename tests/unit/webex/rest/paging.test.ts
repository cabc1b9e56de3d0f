import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { linkTarget, MAX_LINK_HEADER } from '../../../../lib/webex/rest/link-header';
import { MAX_PAGES, readAllPages } from '../../../../lib/webex/rest/paging';
import { listed } from './fixtures';
import { fakeWebex, json, session } from './fake-webex';

const BASE = 'https://webexapis.com/v1/meetings';

describe('the Link header', () => {
  test('gives the next page among other relations, in any order and case', () => {
    const header = `<${BASE}?max=1&offset=0>; rel="first", <${BASE}?max=1&offset=1>; REL="Next"`;
    expect(linkTarget(header, 'next')).toBe(`${BASE}?max=1&offset=1`);
    expect(linkTarget(header, 'first')).toBe(`${BASE}?max=1&offset=0`);
    expect(linkTarget(`<${BASE}?p=2>; rel="prev next"`, 'next')).toBe(`${BASE}?p=2`);
    expect(linkTarget(`<${BASE}?p=2>;rel=next`, 'next')).toBe(`${BASE}?p=2`);
  });

  test('keeps quoted commas and semicolons inside a parameter', () => {
    const header = `<${BASE}?a>; title="a, b; c"; rel="prev", <${BASE}?b>; rel="next"`;
    expect(linkTarget(header, 'next')).toBe(`${BASE}?b`);
    expect(linkTarget(header, 'prev')).toBe(`${BASE}?a`);
  });

  test('gives nothing for no header, no next, a broken one, or one longer than the cap', () => {
    expect(linkTarget(null, 'next')).toBeUndefined();
    expect(linkTarget(`<${BASE}?a>; rel="prev"`, 'next')).toBeUndefined();
    expect(linkTarget(`<${BASE}?a; rel="next"`, 'next')).toBeUndefined();
    const long = `<${BASE}?${'a'.repeat(MAX_LINK_HEADER)}>; rel="next"`;
    expect(linkTarget(long, 'next')).toBeUndefined();
  });

  test('never throws on hostile text, and finds a next link written after it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (noise) => {
        const header = `${noise.replaceAll('<', '')}, <${BASE}?n>; rel="next"`;
        const found = linkTarget(header, 'next');
        // Unbalanced quotes in the noise may swallow the link; a link found is the right one.
        expect(found === undefined || found === `${BASE}?n`).toBe(true);
      }),
    );
  });

  test('reads a header at the cap made of separators in one pass (linear)', () => {
    // The cases that make backtracking parsers quadratic: many openings without an end.
    for (const unit of ['<', '<a>;', '"', ',', '<a>; rel="x",']) {
      const header = unit.repeat(Math.floor(MAX_LINK_HEADER / unit.length));
      expect(linkTarget(header, 'next')).toBeUndefined();
    }
  });
});

describe('paging', () => {
  function pagedWebex(pages: Record<string, { items: unknown[]; next?: string }>) {
    return fakeWebex((request) => {
      const page = pages[request.url.search] ?? { items: [] };
      const headers: Record<string, string> = page.next
        ? { Link: `<${page.next}>; rel="next"` }
        : {};
      return json(200, { items: page.items }, headers);
    });
  }

  test('follows every next page, an empty one included, until none is left', async () => {
    const fake = pagedWebex({
      '?p=1': { items: [listed({ id: 'a' })], next: `${BASE}?p=2` },
      '?p=2': { items: [], next: `${BASE}?p=3` },
      '?p=3': { items: [listed({ id: 'b' })] },
    });
    const items = await readAllPages(fake.env, session, 'listMeetings', `${BASE}?p=1`);
    expect(items.map((item) => (item as { id: string }).id)).toEqual(['a', 'b']);
    expect(fake.requests.map((request) => request.url.search)).toEqual(['?p=1', '?p=2', '?p=3']);
  });

  test('follows a relative next link, and one whose query holds an e-mail address', async () => {
    const fake = pagedWebex({
      '?p=1': { items: [listed()], next: '/v1/meetings?p=2' },
      '?p=2': { items: [listed()], next: `${BASE}?p=3&hostEmail=john@example.com` },
    });
    await readAllPages(fake.env, session, 'listMeetings', `${BASE}?p=1`);
    expect(fake.requests.map((request) => request.url.search)).toEqual([
      '?p=1',
      '?p=2',
      '?p=3&hostEmail=john@example.com',
    ]);
  });

  test('never follows a next link off webexapis.com/v1 (the token would go with it)', async () => {
    const fake = pagedWebex({
      '?p=1': { items: [listed()], next: 'https://evil.example/v1/meetings?p=2' },
    });
    await readAllPages(fake.env, session, 'listMeetings', `${BASE}?p=1`);
    expect(fake.requests).toHaveLength(1);
  });

  test(`stops at ${MAX_PAGES} pages and at a link back to a page already read`, async () => {
    const endless = fakeWebex((request) => {
      const n = Number(request.url.searchParams.get('p'));
      return json(
        200,
        { items: [listed({ id: `m${n}` })] },
        { Link: `<${BASE}?p=${n + 1}>; rel="next"` },
      );
    });
    const items = await readAllPages(endless.env, session, 'listMeetings', `${BASE}?p=1`);
    expect(items).toHaveLength(MAX_PAGES);
    const loop = pagedWebex({
      '?p=1': { items: [listed()], next: `${BASE}?p=2` },
      '?p=2': { items: [listed()], next: `${BASE}?p=1` },
    });
    await readAllPages(loop.env, session, 'listMeetings', `${BASE}?p=1`);
    expect(loop.requests).toHaveLength(2);
  });

  test('a page without items is an unexpected answer', async () => {
    const fake = fakeWebex(() => json(200, { meetings: [] }));
    await expect(readAllPages(fake.env, session, 'listMeetings', BASE)).rejects.toMatchObject({
      kind: 'unexpected',
    });
  });
});
