import type { SiteConfig } from '../config.ts';
import type { SiteState } from '../state.ts';
import type { TokenSource } from '../tokens.ts';
import type { XmlElement } from './document.ts';
import type { SecurityContext } from './envelope.ts';
import type { Family } from './namespaces.ts';

export interface OperationContext {
  site: SiteConfig;
  state: SiteState;
  security: SecurityContext;
  body: XmlElement;
  now: () => number;
  tokens: TokenSource;
  newMeetingKey: () => string;
}

export interface Operation {
  /** Namespace of the request's xsi:type (and so of its response). */
  namespace: string;
  family: Family;
  /** xsi:type of the SUCCESS bodyContent, e.g. `meet:createMeetingResponse`. */
  responseType: string;
  /** Children of the SUCCESS bodyContent; throws XmlFailure to answer FAILURE. */
  run(context: OperationContext): string[];
}
