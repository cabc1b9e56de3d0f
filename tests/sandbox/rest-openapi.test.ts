import { describe, expect, it } from 'vitest';
import {
  checkRestError,
  checkRestRequest,
  checkRestResponse,
  findRestOperation,
} from '../support/rest-openapi.ts';
import { exchangeProblems } from './test-rest.ts';
import type { RecordedRestRequest } from './types.ts';

// The checker the REST tests rely on must itself refuse what the description refuses.
describe('tests/support/rest-openapi.ts: requests and answers against the OpenAPI description', () => {
  it('finds literal paths before templates', () => {
    expect(findRestOperation('GET', '/meetings/sessionTypes')?.template).toBe(
      '/meetings/sessionTypes',
    );
    expect(findRestOperation('GET', '/meetings/abc')?.template).toBe('/meetings/{meetingId}');
    expect(findRestOperation('PATCH', '/people/me')).toBeUndefined();
  });

  it('refuses a create body without end, with a numeric title', () => {
    expect(
      checkRestRequest({ method: 'POST', path: '/meetings', body: { title: 5, start: 'x' } }),
    ).toEqual(["body must have required property 'end'", 'body/title must be string']);
  });

  it('refuses undescribed and mistyped query parameters, not the paging cursor', () => {
    const query = new URLSearchParams('max=ten&meetingType=series&colour=red&cursor=abc');
    expect(checkRestRequest({ method: 'GET', path: '/meetings', query })).toEqual([
      'query max must be number',
      'query meetingType must be equal to one of the allowed values',
      'query parameter "colour" is not described',
    ]);
    const fine = new URLSearchParams('max=100&meetingType=scheduledMeeting&current=false');
    expect(checkRestRequest({ method: 'GET', path: '/meetings', query: fine })).toEqual([]);
  });

  it('refuses an answer missing required fields or with an undescribed status', () => {
    const problems = checkRestResponse({
      method: 'GET',
      path: '/meetings/abc',
      status: 200,
      body: { id: 'abc', title: 'x' },
    });
    expect(problems).toContain("answer must have required property 'hostKey'");
    expect(checkRestResponse({ method: 'DELETE', path: '/meetings/abc', status: 201 })).toEqual([
      'status 201 is not described for /meetings/{meetingId}',
    ]);
    expect(checkRestResponse({ method: 'POST', path: '/meetings/join', status: 302 })).toEqual([]);
    const session = { items: [{ id: 628, name: 'x', type: 'meeting' }] };
    expect(
      checkRestResponse({
        method: 'GET',
        path: '/meetings/sessionTypes',
        status: 200,
        body: session,
      }),
    ).toEqual(['answer/items/0/id must be string']);
  });

  it('checks the error shape {message, errors[{description}], trackingId}', () => {
    expect(
      checkRestError({ message: 'x', errors: [{ description: 'x' }], trackingId: 't' }),
    ).toEqual([]);
    expect(checkRestError({ errors: ['x'] })).toEqual([
      'error without a message',
      'error without a trackingId',
      'errors is not a list of {description}',
    ]);
  });

  it('a recorded exchange: request and answer problems together, OAuth endpoints skipped', () => {
    const exchange: RecordedRestRequest = {
      method: 'GET',
      path: '/people/me',
      query: 'callingData=maybe',
      contentType: undefined,
      body: '',
      status: 401,
      answerType: 'application/json;charset=UTF-8',
      answer: '{"message":"no"}',
      headers: {},
      at: 0,
    };
    expect(exchangeProblems(exchange)).toEqual([
      'GET /people/me 401: request: query callingData must be boolean',
      'GET /people/me 401: error without a trackingId',
    ]);
    expect(exchangeProblems({ ...exchange, path: '/access_token', method: 'POST' })).toEqual([]);
  });
});
