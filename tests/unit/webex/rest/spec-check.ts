import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { restOpenApiPath } from '../../../support/reference';

// Checks this folder's fixtures against the schemas of Cisco's OpenAPI description, so the fake
// Webex answers only what the real one could. TODO(issue 9): move to the shared validator the
// REST stand-in's tests bring to tests/support, once it is on main.

const spec = JSON.parse(readFileSync(restOpenApiPath, 'utf8')) as { components: object };
// OpenAPI 3.0 keywords ajv does not know (`example`, `nullable`, `x-...`) are left alone.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'webex-meeting.json', components: spec.components });

/** The schema violations of `value` against `components.schemas.<name>`; empty when it fits. */
export function schemaErrors(name: string, value: unknown): string[] {
  const validate = ajv.getSchema(`webex-meeting.json#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name} in the OpenAPI description`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
