import { describe, expect, test } from 'vitest';
import { WebExApiError } from '../../../../lib/webex/errors';
import { readFailureDetails } from '../../../../lib/webex/xml/failure-details';
import { descend, parseXmlDocument } from '../../../../lib/webex/xml/xml-tree';
import { validateAgainstXsd } from '../../../support/xsd';
import { bodyContentOf, thrownBy } from './fixtures';

// Issue 10, item 8: the FAILURE a site on backup servers gave, with a sub-error.
const TICKET_NOT_ISSUED = `<?xml version="1.0" encoding="UTF-8"?>
<serv:message xmlns:serv="http://www.webex.com/schemas/2002/06/service">
  <serv:header>
    <serv:response>
      <serv:result>FAILURE</serv:result>
      <serv:reason>Authentication Server can't generate a valid session ticket</serv:reason>
      <serv:gsbStatus>BACKUP</serv:gsbStatus>
      <serv:exceptionID>030048</serv:exceptionID>
      <serv:subErrors>
        <serv:subError>
          <serv:exceptionID>AS0001</serv:exceptionID>
          <serv:reason>Ticket service unavailable</serv:reason>
        </serv:subError>
      </serv:subErrors>
    </serv:response>
  </serv:header>
  <serv:body><serv:bodyContent/></serv:body>
</serv:message>`;

const responseOf = (xml: string) =>
  descend(parseXmlDocument(xml), ['message', 'header', 'response']);

describe('readFailureDetails', () => {
  test('uses the schema element names (service.xsd subErrors/subError)', async () => {
    const result = await validateAgainstXsd(TICKET_NOT_ISSUED);
    expect(result.errors).toEqual([]);
  });

  test('reads exceptionID, reason, gsbStatus and each sub-error', () => {
    expect(readFailureDetails(responseOf(TICKET_NOT_ISSUED))).toEqual({
      exceptionId: '030048',
      reason: "Authentication Server can't generate a valid session ticket",
      gsbStatus: 'BACKUP',
      subErrors: [{ exceptionId: 'AS0001', reason: 'Ticket service unavailable' }],
    });
  });

  test('several sub-errors with values, under other prefixes; none at all is an empty list', () => {
    const xml =
      '<m:message xmlns:m="s"><m:header><m:response><m:result>FAILURE</m:result><m:exceptionID>000025</m:exceptionID><m:subErrors><m:subError><m:exceptionID>A1</m:exceptionID><m:reason>one</m:reason><m:value>v</m:value></m:subError><m:subError><m:exceptionID>A2</m:exceptionID><m:reason>two</m:reason></m:subError><m:subError/></m:subErrors></m:response></m:header></m:message>';
    expect(readFailureDetails(responseOf(xml)).subErrors).toEqual([
      { exceptionId: 'A1', reason: 'one', value: 'v' },
      { exceptionId: 'A2', reason: 'two' },
    ]);
    expect(readFailureDetails(undefined)).toEqual({ exceptionId: '', reason: '', subErrors: [] });
  });
});

describe("the extension's own call meeting that FAILURE", () => {
  test('is a WebExApiError that says so: no ticket, backup servers, the sub-error', () => {
    const error = thrownBy(() => bodyContentOf(TICKET_NOT_ISSUED, 'AuthenticateUser'));
    expect(error).toBeInstanceOf(WebExApiError);
    const info = (error as WebExApiError).toInfo();
    expect(info).toMatchObject({
      exceptionId: '030048',
      gsbStatus: 'BACKUP',
      subErrors: [{ exceptionId: 'AS0001', reason: 'Ticket service unavailable' }],
    });
    expect(info.explanation.title).toBe("WebEx's sign-in service could not issue a session ticket");
    expect(info.explanation.meaning).toMatch(/backup servers.*Try again later/);
    expect(info.explanation.meaning).toContain('AS0001 (Ticket service unavailable)');
  });
});
