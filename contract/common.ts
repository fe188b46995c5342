import Type, { type Static, type TSchema } from 'typebox';
import { JOB_STATUSES } from './limits.ts';

/**
 * OpenAPI 3.0 style `nullable`, understood by Ajv and fast-json-stringify alike. Ajv needs a
 * `type` beside `nullable`, and an `enum` must list null itself.
 */
export const Nullable = <T extends TSchema>(schema: T) => {
  const values = (schema as { enum?: unknown[] }).enum;
  if (!values) return Type.Unsafe<Static<T> | null>({ ...schema, nullable: true });
  const type = values.every((v) => typeof v === 'string')
    ? 'string'
    : values.every((v) => Number.isInteger(v))
      ? 'integer'
      : 'number';
  return Type.Unsafe<Static<T> | null>({
    ...schema,
    type,
    enum: [...values, null],
    nullable: true,
  });
};

export const UUID_PATTERN =
  '^[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89aAbB][a-f0-9]{3}-[a-f0-9]{12}$';
export const Uuid = Type.String({ pattern: UUID_PATTERN });
export const Timestamp = Type.String();
export const JobStatusSchema = Type.Enum([...JOB_STATUSES]);

export const Cost = Nullable(
  Type.Object({
    amount: Type.String(),
    unit: Type.Enum(['CREDITS', 'DOLLARS']),
  }),
);
export type Cost = Static<typeof Cost>;
export const ApiCreditCost = Nullable(Type.Integer());

export const Seed = Nullable(Type.Integer({ minimum: 0, maximum: 9_999_999_998 }));

/** Leonardo's one error shape. */
export const ErrorBody = Type.Object({
  error: Type.String(),
  path: Type.String(),
  code: Type.String(),
});
export type ErrorBody = Static<typeof ErrorBody>;

export const IdParams = Type.Object({ id: Uuid });
export const Pagination = Type.Object({
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
});
export type Pagination = Static<typeof Pagination>;
