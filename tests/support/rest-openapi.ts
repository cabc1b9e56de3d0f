import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { restOpenApiPath } from './reference.ts';

// Checks REST requests and answers against Cisco's OpenAPI description
// (tests/reference/rest/webex-meeting.json) with Ajv over the description's own schemas: the
// sandbox's answers in its tests, and later the client's requests in theirs. Ajv rather than a
// framework such as openapi-backend: a small, widely used validator that reads OpenAPI 3.0's
// schema objects as they are (`nullable` included), with nothing to route or mock.

interface Parameter {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  schema?: object;
}
interface MediaType {
  schema?: object;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
}

/**
 * Query parameters the check accepts although the description does not list them: the
 * cursor the sandbox writes into `Link` next-page addresses (real next links carry their own).
 */
export const PAGING_PARAMS: readonly string[] = ['cursor'];

/**
 * Statuses an operation's prose names but its `responses` leave out: POST /meetings/join
 * "will have HTTP response code 302" unless `joinDirectly` is false.
 */
export const STATUSES_IN_PROSE: Readonly<Record<string, readonly number[]>> = {
  'POST /meetings/join': [302],
};

const SPEC_ID = 'webex-meeting.json';
const spec = JSON.parse(readFileSync(restOpenApiPath, 'utf8')) as Spec;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true, validateSchema: false }));
ajv.addSchema(spec, SPEC_ID);
const compiled = new Map<string, ValidateFunction>();

function pointer(...parts: string[]): string {
  return parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function validatorAt(path: string): ValidateFunction {
  let validate = compiled.get(path);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SPEC_ID}#/${path}` });
    compiled.set(path, validate);
  }
  return validate;
}

function problems(validate: ValidateFunction, value: unknown, where: string): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) => `${where}${error.instancePath} ${error.message ?? 'is invalid'}`,
  );
}

/** The described operation for a method and a path under /v1 (`/meetings/abc`), if any. */
export function findRestOperation(
  method: string,
  path: string,
): { template: string; operation: Operation } | undefined {
  const wanted = method.toLowerCase();
  const segments = path.split('/');
  let best: { template: string; operation: Operation; literal: number } | undefined;
  for (const [template, item] of Object.entries(spec.paths)) {
    const operation = item[wanted];
    const parts = template.split('/');
    if (!operation || parts.length !== segments.length) continue;
    const matches = parts.every((part, index) => part.startsWith('{') || part === segments[index]);
    if (!matches) continue;
    const literal = parts.filter((part) => !part.startsWith('{')).length;
    if (!best || literal > best.literal) best = { template, operation, literal };
  }
  return best && { template: best.template, operation: best.operation };
}

function coerce(text: string, schema: { type?: string }): unknown {
  if (schema.type === 'number' || schema.type === 'integer') {
    const number = Number(text);
    return text === '' || Number.isNaN(number) ? text : number;
  }
  if (schema.type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/**
 * Problems with a request (empty when it is as described): an undescribed operation, a query
 * parameter the operation does not list or of the wrong type, a missing required parameter, a
 * JSON body that its schema refuses. `path` is under /v1; `body` is the parsed JSON, if any.
 */
export function checkRestRequest(request: {
  method: string;
  path: string;
  query?: URLSearchParams;
  body?: unknown;
}): string[] {
  const found = findRestOperation(request.method, request.path);
  if (!found) return [`${request.method} ${request.path} is not in the OpenAPI description`];
  const { template, operation } = found;
  const out: string[] = [];
  const listed = (operation.parameters ?? []).filter((p) => p.in === 'query');
  for (const [name, value] of request.query ?? new URLSearchParams()) {
    const parameter = listed.find((p) => p.name === name);
    if (!parameter) {
      if (!PAGING_PARAMS.includes(name)) out.push(`query parameter "${name}" is not described`);
      continue;
    }
    const schema = (parameter.schema ?? {}) as { type?: string };
    const validate = ajv.compile(schema);
    out.push(...problems(validate, coerce(value, schema), `query ${name}`));
  }
  for (const parameter of listed) {
    if (parameter.required && !request.query?.has(parameter.name))
      out.push(`query parameter "${parameter.name}" is required`);
  }
  const content = operation.requestBody?.content;
  if (request.body === undefined) {
    if (operation.requestBody?.required) out.push('a request body is required');
  } else if (!content?.['application/json']?.schema) {
    out.push(`${request.method} ${template} takes no JSON body`);
  } else {
    const at = pointer('paths', template, request.method.toLowerCase(), 'requestBody');
    out.push(
      ...problems(validatorAt(`${at}/content/application~1json/schema`), request.body, 'body'),
    );
  }
  return out;
}

/**
 * Problems with an answer: a status the operation does not describe, or a JSON body its
 * schema refuses (`body` parsed; undefined for an empty body).
 */
export function checkRestResponse(response: {
  method: string;
  path: string;
  status: number;
  body?: unknown;
}): string[] {
  const found = findRestOperation(response.method, response.path);
  if (!found) return [`${response.method} ${response.path} is not in the OpenAPI description`];
  const { template, operation } = found;
  const described = operation.responses?.[String(response.status)];
  const inProse = STATUSES_IN_PROSE[`${response.method.toUpperCase()} ${template}`] ?? [];
  if (!described && inProse.includes(response.status)) return [];
  if (!described) return [`status ${response.status} is not described for ${template}`];
  const [mediaType, media] = Object.entries(described.content ?? {})[0] ?? [];
  if (!mediaType || !media?.schema) return [];
  const at = pointer('paths', template, response.method.toLowerCase(), 'responses');
  const schemaPath = `${at}/${response.status}/content/${pointer(mediaType)}/schema`;
  return problems(validatorAt(schemaPath), response.body, 'answer');
}

/** Problems with an error answer's body: design.md's `{message, errors[{description}], trackingId}`. */
export function checkRestError(body: unknown): string[] {
  const error = body as { message?: unknown; errors?: unknown; trackingId?: unknown } | null;
  const out: string[] = [];
  if (typeof error?.message !== 'string') out.push('error without a message');
  if (typeof error?.trackingId !== 'string') out.push('error without a trackingId');
  const errors = error?.errors;
  if (
    errors !== undefined &&
    (!Array.isArray(errors) ||
      errors.some((item) => typeof (item as { description?: unknown }).description !== 'string'))
  )
    out.push('errors is not a list of {description}');
  return out;
}
