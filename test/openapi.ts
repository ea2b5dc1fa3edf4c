/**
 * Validates requests and responses against the Envoice API v1 OpenAPI document
 * (test/fixtures/openapi.facts.json), with ajv.
 *
 * Objects must not carry properties the document does not name. With `quirks: true` the
 * validator also accepts, and accepts only, the deviations the service's published examples show:
 * - a string enum value sent as its index in the enum (invoice Status 0 = Draft … 4 = Void);
 * - `null` in place of an optional string, integer or object property;
 * - `CreatedOn` (date-time) on invoice activities, which the webhook shape has and the schema lacks;
 * - a 200 response `{ IsFaulted: true, ErrorMessages: [...] }` in place of any documented body.
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import document from './fixtures/openapi.facts.json' with { type: 'json' };

export interface ValidateOptions {
  /** Accept the published deviations listed above; default false. */
  quirks?: boolean;
}

export interface ValidationResult {
  valid: boolean;
  /** One line per problem, e.g. "/Result/0/Status must be string". */
  errors: string[];
}

export interface Operation {
  method: string;
  path: string;
}

type Schema = Record<string, unknown>;

interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const DOCUMENT = document as unknown as {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Schema> };
};

const REF_PREFIX = '#/components/schemas/';
const DOCUMENT_ID = 'openapi.json';
const ACTIVITY_MODELS = new Set(['InvoiceActivityApiModel']);

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Wraps a property schema so that it also accepts null, for string, integer and object properties. */
function nullable(property: Schema): Schema {
  const acceptsNull = (property['type'] === 'string' && !property['enum']) || property['type'] === 'integer' || typeof property['$ref'] === 'string';
  return acceptsNull ? { anyOf: [property, { type: 'null' }] } : property;
}

/** Copies a schema with refs pointed at the registered document, closed objects and optional quirks. */
function transform(node: unknown, quirks: boolean): unknown {
  if (Array.isArray(node)) return node.map((entry) => transform(entry, quirks));
  if (!isSchema(node)) return node;

  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
      out[key] = `${DOCUMENT_ID}#/definitions/${value.slice(REF_PREFIX.length)}`;
    } else if (key === 'properties' && isSchema(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => {
        const copied = transform(property, quirks) as Schema;
        return [name, quirks ? nullable(copied) : copied];
      }));
    } else {
      out[key] = transform(value, quirks);
    }
  }

  if (isSchema(out['properties'])) out['additionalProperties'] = false;
  const values = node['enum'];
  if (quirks && node['type'] === 'string' && Array.isArray(values)) {
    return { anyOf: [out, { type: 'integer', minimum: 0, maximum: values.length - 1 }] };
  }
  return out;
}

function buildDefinitions(quirks: boolean): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(DOCUMENT.components.schemas)) {
    const copied = transform(schema, quirks) as Schema;
    if (quirks && ACTIVITY_MODELS.has(name) && isSchema(copied['properties'])) {
      copied['properties'] = { ...copied['properties'], CreatedOn: { type: 'string', format: 'date-time' } };
    }
    definitions[name] = copied;
  }
  return definitions;
}

const FAULTED_ENVELOPE: Schema = {
  type: 'object',
  required: ['IsFaulted', 'ErrorMessages'],
  properties: {
    IsFaulted: { const: true },
    ErrorMessages: { type: 'array', minItems: 1, items: { $ref: `${DOCUMENT_ID}#/definitions/IErrorInfo` } },
  },
  additionalProperties: false,
};

interface Validator {
  ajv: Ajv;
  cache: Map<Schema, ValidateFunction>;
}

const validators = new Map<boolean, Validator>();

function validatorFor(quirks: boolean): Validator {
  let validator = validators.get(quirks);
  if (!validator) {
    // strict: false because the document uses OpenAPI keywords (readOnly, example) that are not JSON Schema.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: DOCUMENT_ID, definitions: buildDefinitions(quirks) });
    validator = { ajv, cache: new Map() };
    validators.set(quirks, validator);
  }
  return validator;
}

function run(validator: Validator, schema: Schema, value: unknown, quirks: boolean): ValidationResult {
  let compiled = validator.cache.get(schema);
  if (!compiled) {
    compiled = validator.ajv.compile(transform(schema, quirks) as Schema);
    validator.cache.set(schema, compiled);
  }
  const valid = compiled(value);
  return { valid, errors: valid ? [] : (compiled.errors ?? []).map(formatError) };
}

function formatError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const detail = error.params && Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
  return `${where} ${error.message ?? 'is invalid'}${detail}`;
}

function findOperation(method: string, path: string): OpenApiOperation | undefined {
  const bare = path.split('?')[0] ?? path;
  return DOCUMENT.paths[bare]?.[method.toLowerCase()];
}

function failure(message: string): ValidationResult {
  return { valid: false, errors: [message] };
}

/** Lists every operation in the document, e.g. `{ method: 'GET', path: '/api/invoice/all' }`. */
export function documentedOperations(): Operation[] {
  return Object.entries(DOCUMENT.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })));
}

/**
 * Checks a decoded JSON response body (use `undefined` for an empty body) against the schema
 * the document gives for this method, path (a query string is ignored) and status.
 */
export function validateResponse(method: string, path: string, status: number, body: unknown, options: ValidateOptions = {}): ValidationResult {
  const quirks = options.quirks ?? false;
  const operation = findOperation(method, path);
  if (!operation) return failure(`${method.toUpperCase()} ${path} is not in the document.`);
  const response = operation.responses?.[String(status)];
  if (!response) return failure(`Status ${status} is not documented for ${method.toUpperCase()} ${path}.`);

  const schema = response.content?.['application/json']?.schema;
  if (!schema) return body === undefined ? { valid: true, errors: [] } : failure(`Status ${status} of ${method.toUpperCase()} ${path} has no body, but one was sent.`);

  const validator = validatorFor(quirks);
  const result = run(validator, schema, body, quirks);
  if (result.valid || !quirks || status !== 200 || !isSchema(body) || body['IsFaulted'] !== true) return result;
  const envelope = run(validator, FAULTED_ENVELOPE, body, false);
  return envelope.valid ? envelope : result;
}

/** Checks a decoded JSON request body against the document's request schema for the operation. */
export function validateRequestBody(method: string, path: string, body: unknown, options: ValidateOptions = {}): ValidationResult {
  const quirks = options.quirks ?? false;
  const operation = findOperation(method, path);
  if (!operation) return failure(`${method.toUpperCase()} ${path} is not in the document.`);
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (!schema) return failure(`${method.toUpperCase()} ${path} takes no JSON body.`);
  return run(validatorFor(quirks), schema, body, quirks);
}
