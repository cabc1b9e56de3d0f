/** One request the token endpoint saw: its form fields, headers and fetch options. */
export interface SeenTokenRequest {
  url: string;
  form: Record<string, string>;
  headers: Headers;
  init: RequestInit;
}

/** A fetch that answers `answer` for every request and records each one's form. */
export function fakeTokenFetch(
  answer: (request: SeenTokenRequest) => Response | Promise<Response>,
) {
  const requests: SeenTokenRequest[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = typeof init.body === 'string' ? init.body : '';
    const request = {
      url: String(input),
      form: Object.fromEntries(new URLSearchParams(body)),
      headers: new Headers(init.headers),
      init,
    };
    requests.push(request);
    return answer(request);
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

/** A JSON answer of the token endpoint. */
export function tokenJson(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}
