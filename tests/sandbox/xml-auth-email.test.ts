import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS } from './accounts.ts';
import { useSandbox } from './test-setup.ts';

const alice = SANDBOX_ACCOUNTS.alice;

describe('XMLService sign-in by email (securityContext email)', { timeout: 30_000 }, () => {
  const fx = useSandbox();

  it('AuthenticateUser takes the email instead of the WebEx ID and issues a ticket for that host', async () => {
    const reply = await fx.call(
      { site: 'acme', email: alice.email, password: alice.password },
      'use:authenticateUser',
    );
    expect(reply.result).toBe('SUCCESS');
    expect(fx.sandbox.state('acme').sessionTickets).toEqual([
      expect.objectContaining({ ticket: reply.value('sessionTicket'), webExId: 'alice' }),
    ]);
    expect(fx.sandbox.requests.at(-1)?.xsdValid).toBe(true);
  });

  it('an email in another letter case is the same host; a wrong password is still 030002', async () => {
    const upper = await fx.call(
      { site: 'acme', email: alice.email.toUpperCase(), password: alice.password },
      'use:authenticateUser',
    );
    expect(upper.result).toBe('SUCCESS');
    const wrong = await fx.call(
      { site: 'acme', email: alice.email, password: 'wrong' },
      'use:authenticateUser',
    );
    expect([wrong.result, wrong.exceptionId]).toEqual(['FAILURE', '030002']);
  });

  it('an email no host has is 030001, as an unknown WebEx ID', async () => {
    const reply = await fx.call(
      { site: 'acme', email: 'nobody@acme.example', password: 'x' },
      'use:authenticateUser',
    );
    expect([reply.result, reply.exceptionId]).toEqual(['FAILURE', '030001']);
  });

  it('GetUser with the email and the new ticket answers the real WebEx ID', async () => {
    const auth = await fx.call(
      { site: 'acme', email: alice.email, password: alice.password },
      'use:authenticateUser',
    );
    const ticket = auth.value('sessionTicket');
    const reply = await fx.call(
      { site: 'acme', email: alice.email, sessionTicket: ticket },
      'use:getUser',
      `<use:webExId>${alice.email}</use:webExId>`,
    );
    expect([reply.result, reply.value('webExId'), reply.value('email')]).toEqual([
      'SUCCESS',
      'alice',
      alice.email,
    ]);
    // The same ticket then serves with the WebEx ID, as every later request sends it.
    const later = await fx.call(
      { site: 'acme', webExID: 'alice', sessionTicket: ticket },
      'use:getUser',
      '<use:webExId>alice</use:webExId>',
    );
    expect(later.result).toBe('SUCCESS');
  });

  it("GetUser by another host's email is still refused (000001)", async () => {
    const auth = await fx.call(
      { site: 'acme', email: alice.email, password: alice.password },
      'use:authenticateUser',
    );
    const reply = await fx.call(
      { site: 'acme', email: alice.email, sessionTicket: auth.value('sessionTicket') },
      'use:getUser',
      `<use:webExId>${SANDBOX_ACCOUNTS.bob.email}</use:webExId>`,
    );
    expect([reply.result, reply.exceptionId]).toEqual(['FAILURE', '000001']);
  });
});
