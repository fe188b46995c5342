import { Ajv, type ErrorObject } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';
import { ApiHttpError } from '../errors.ts';

// Bodies are checked as sent (a string is not a number); query strings and path parameters are
// text by nature, so they are coerced. `nullable` is the OpenAPI 3.0 keyword Leonardo's schema uses.
const strict = new Ajv({ allErrors: false, coerceTypes: false, useDefaults: true, strict: false });
const coercing = new Ajv({ allErrors: false, coerceTypes: true, useDefaults: true, strict: false });

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? strict : coercing).compile(schema as object);

// A nullable enum lists null among its values: leave it out, or the message ends in ", ".
const describe = (value: unknown) =>
  Array.isArray(value) ? value.filter((v) => v !== null).join(', ') : String(value);

/** Turns Ajv's first error into Leonardo's `{ error, path, code }`, naming the field. */
export function toApiError(errors: ErrorObject[], context: string): ApiHttpError {
  const e = errors[0];
  if (!e) return new ApiHttpError(400, 'validation-failed', 'invalid request', '$');
  const base = e.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const field = (name: string) => (base ? `${base}.${name}` : name);
  const where = context === 'body' ? '' : ` in the ${context === 'querystring' ? 'query' : 'path'}`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return new ApiHttpError(
        400,
        'validation-failed',
        `${field(String(p.missingProperty))} is required${where}`,
        `$.${field(String(p.missingProperty))}`,
      );
    case 'additionalProperties':
      return new ApiHttpError(
        400,
        'bad-request',
        `unknown field "${field(String(p.additionalProperty))}"`,
        `$.${field(String(p.additionalProperty))}`,
      );
    default: {
      const name = base || '$';
      const messages: Record<string, string> = {
        type: `${name} must be of type ${describe(p.type)}`,
        enum: `${name} must be one of: ${describe(p.allowedValues)}`,
        minimum: `${name} must be at least ${describe(p.limit)}`,
        maximum: `${name} must be at most ${describe(p.limit)}`,
        multipleOf: `${name} must be a multiple of ${describe(p.multipleOf)}`,
        minLength: `${name} must not be empty`,
        maxLength: `${name} must be at most ${describe(p.limit)} characters`,
        pattern: `${name} must be a UUID`,
      };
      return new ApiHttpError(
        400,
        'validation-failed',
        (messages[e.keyword] ?? `${name} ${e.message ?? 'is invalid'}`) + where,
        base ? `$.${base}` : '$',
      );
    }
  }
}
