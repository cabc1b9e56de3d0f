import type { WebExSubError } from '../errors';
import { childNode, childNodes, childText, type XmlNode } from './xml-tree';

/** Everything a FAILURE's `serv:response` says, by the schema's names (service.xsd). */
export interface FailureDetails {
  exceptionId: string;
  reason: string;
  /** PRIMARY, or BACKUP when the site ran on WebEx's backup servers. */
  gsbStatus?: string;
  /** `serv:subErrors/serv:subError`, in order; empty when there are none. */
  subErrors: WebExSubError[];
}

// A pasted or hostile answer could list thousands; a host needs the first few.
const MAX_SUB_ERRORS = 10;

function subError(node: XmlNode): WebExSubError | undefined {
  const exceptionId = childText(node, 'exceptionID')?.trim() ?? '';
  const reason = childText(node, 'reason')?.trim() ?? '';
  const value = childText(node, 'value')?.trim();
  if (!exceptionId && !reason) return undefined;
  return { exceptionId, reason, ...(value ? { value } : {}) };
}

/** Reads a FAILURE's exceptionID, reason, gsbStatus and sub-errors from its `serv:response`. */
export function readFailureDetails(response: XmlNode | undefined): FailureDetails {
  const subErrors = childNodes(childNode(response, 'subErrors'), 'subError')
    .slice(0, MAX_SUB_ERRORS)
    .flatMap((node) => subError(node) ?? []);
  return {
    exceptionId: childText(response, 'exceptionID')?.trim() ?? '',
    reason: childText(response, 'reason')?.trim() ?? '',
    gsbStatus: childText(response, 'gsbStatus')?.trim() || undefined,
    subErrors,
  };
}
