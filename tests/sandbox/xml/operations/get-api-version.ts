import type { Operation } from '../context.ts';
import { tag } from '../escape.ts';
import { NS } from '../namespaces.ts';

/** Answers without credentials, so a client can probe whether the site still serves the XML API. */
export const getAPIVersion: Operation = {
  namespace: NS.ep,
  family: 'ep',
  responseType: 'ep:getAPIVersionResponse',
  run() {
    return [tag('ep:apiVersion', 'WebEx XML API V5.9.0'), tag('ep:release', 'sandbox')];
  },
};
