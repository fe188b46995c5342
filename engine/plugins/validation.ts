import { Ajv, type ErrorObject } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';
import { ApiHttpError } from '../errors.ts';

// Bodies are checked as sent (a string is not a number); query strings and path parameters are
// text by nature, so they are coerced. `nullable` is the OpenAPI 3.0 keyword Leonardo's schema uses.
const strict = new Ajv({ allErrors: false, coerceTypes: false, useDefaults: true, strict: false });
const coercing = new Ajv({ allErrors: false, coerceTypes: true, useDefaults: true, strict: false });

/**
 * Ajv's checks, then one the schemas cannot state once for all: every number is finite and
 * exactly representable (|n| ≤ 2^53 − 1). `1e20` passes as an "integer", `1e400` parses as
 * Infinity; neither may reach SQLite or a loop bound.
 */
export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const validate = (httpPart === 'body' ? strict : coercing).compile(schema as object);
  const check = (data: unknown): boolean => {
    if (!validate(data)) {
      check.errors = validate.errors;
      return false;
    }
    const unsafe = unsafeNumberAt(data, '');
    check.errors = unsafe === null ? null : [unsafeNumberError(unsafe)];
    return unsafe === null;
  };
  check.errors = null as ErrorObject[] | null | undefined;
  return check;
};

/** The JSON pointer of the first number that is not a safe integer or finite, or null. */
function unsafeNumberAt(value: unknown, pointer: string): string | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? null : pointer;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = unsafeNumberAt(item, `${pointer}/${key}`);
    if (found !== null) return found;
  }
  return null;
}

const unsafeNumberError = (instancePath: string): ErrorObject => ({
  keyword: 'safeNumber',
  instancePath,
  schemaPath: '',
  params: {},
  message: `must be a finite number from -${Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`,
});

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
