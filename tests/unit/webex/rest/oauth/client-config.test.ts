import { describe, expect, test } from 'vitest';
import { clientValue, resolveOAuthClient } from '../../../../../lib/webex/rest/oauth/client-config';

describe('the integration in use', () => {
  test.each([
    { name: 'nothing anywhere', sources: {}, client: undefined },
    {
      name: 'blanks only',
      sources: { build: { clientId: '  ' }, options: { clientId: '' } },
      client: undefined,
    },
    {
      name: 'the build alone: implicit',
      sources: { build: { clientId: 'C-build' } },
      client: { clientId: 'C-build', grant: 'implicit', source: 'build' },
    },
    {
      name: 'a secret in the build is never used',
      sources: { build: { clientId: 'C-build', clientSecret: 'shipped' } },
      client: { clientId: 'C-build', grant: 'implicit', source: 'build' },
    },
    {
      name: 'Options over the build, with its secret: code + PKCE',
      sources: {
        build: { clientId: 'C-build' },
        options: { clientId: ' C-opt ', clientSecret: 's-opt' },
      },
      client: { clientId: 'C-opt', clientSecret: 's-opt', grant: 'code-pkce', source: 'options' },
    },
    {
      name: 'managed over Options and build',
      sources: {
        build: { clientId: 'C-build' },
        options: { clientId: 'C-opt', clientSecret: 's-opt' },
        managed: { clientId: 'C-admin' },
      },
      client: { clientId: 'C-admin', grant: 'implicit', source: 'managed' },
    },
    {
      name: 'a managed secret without a managed ID does not lend itself to Options’ ID',
      sources: { options: { clientId: 'C-opt' }, managed: { clientSecret: 's-admin' } },
      client: { clientId: 'C-opt', grant: 'implicit', source: 'options' },
    },
    {
      name: 'a client ID with a space is not one: the next source is used',
      sources: { options: { clientId: 'C opt' }, build: { clientId: 'C-build' } },
      client: { clientId: 'C-build', grant: 'implicit', source: 'build' },
    },
  ])('$name', ({ sources, client }) => {
    expect(resolveOAuthClient(sources)).toEqual(client);
  });

  test.each([
    { value: 'Cabc123', taken: 'Cabc123' },
    { value: '  Cabc123\n', taken: 'Cabc123' },
    { value: 'a b', taken: undefined },
    { value: 'ä', taken: undefined },
    { value: 'x'.repeat(257), taken: undefined },
    { value: 42, taken: undefined },
  ])('clientValue($value) is $taken', ({ value, taken }) => {
    expect(clientValue(value)).toBe(taken);
  });
});
