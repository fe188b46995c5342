/** A zod (v3 API) schema, as the SDK builds them; only its definition is read. */
export interface ZodLike {
  _def: unknown;
}

/**
 * The SDK's zod objects drop keys they do not know, so an answer can parse and still carry fields
 * Leonardo never sends. This walks an answer beside the SDK's schema for it and lists every key
 * the schema lacks, as JSON paths.
 */
export function unknownFields(schema: ZodLike, value: unknown, path = '$'): string[] {
  const def = schema._def as Record<string, any>;
  switch (def.typeName as string) {
    case 'ZodEffects':
      return unknownFields(def.schema, value, path);
    case 'ZodOptional':
    case 'ZodNullable':
    case 'ZodDefault':
      return value == null ? [] : unknownFields(def.innerType, value, path);
    case 'ZodLazy':
      return unknownFields(def.getter(), value, path);
    case 'ZodArray':
      return Array.isArray(value)
        ? value.flatMap((item, i) => unknownFields(def.type, item, `${path}[${i}]`))
        : [];
    case 'ZodUnion':
      // The branch that fits best: the one with the fewest unknown keys.
      return (def.options as ZodLike[])
        .map((option) => unknownFields(option, value, path))
        .reduce((a, b) => (b.length < a.length ? b : a));
    case 'ZodObject': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
      const shape = def.shape() as Record<string, ZodLike>;
      return Object.entries(value).flatMap(([key, child]) =>
        key in shape ? unknownFields(shape[key]!, child, `${path}.${key}`) : [`${path}.${key}`],
      );
    }
    default:
      return [];
  }
}
