import { vi } from 'vitest';

export interface FakeAnswer {
  status?: number;
  body?: string;
  contentType?: string;
}

/** A fetch that answers each call with the next answer and records what was sent. */
export function scriptedFetch(...answers: FakeAnswer[]) {
  const queue = [...answers];
  return vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    const answer = queue.shift() ?? { status: 500, body: 'no answer scripted' };
    return new Response(answer.body ?? '', {
      status: answer.status ?? 200,
      headers: { 'Content-Type': answer.contentType ?? 'text/xml;charset=UTF-8' },
    });
  });
}

/** A fetch that answers by the request's xsi:type, e.g. `use:authenticateUser`. */
export function routedFetch(routes: Record<string, FakeAnswer | (() => FakeAnswer)>) {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const type = /xsi:type="([^"]+)"/.exec(String(init?.body))?.[1] ?? '';
    const route = routes[type];
    const answer = typeof route === 'function' ? route() : route;
    if (answer === undefined) return new Response(`no route for ${type}`, { status: 500 });
    return new Response(answer.body ?? '', {
      status: answer.status ?? 200,
      headers: { 'Content-Type': answer.contentType ?? 'text/xml;charset=UTF-8' },
    });
  });
}

export function sentBody(fetchMock: ReturnType<typeof vi.fn>, call = 0): string {
  const init = fetchMock.mock.calls[call]?.[1] as RequestInit | undefined;
  return String(init?.body);
}
