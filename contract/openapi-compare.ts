/** Compares the project's schemas with Leonardo's OpenAPI description, field by field. */
type Json = { [key: string]: unknown };

export interface Mismatch {
  where: string;
  problem: string;
}

/**
 * Leonardo's OpenAPI description and its official SDK (@leonardo-ai/sdk) agree on every field the
 * project serves (both say, for instance, that a generation's `sdVersion` and `scheduler` are never
 * null). Where they part, the project follows the SDK, because that is what integrations run:
 * - `POST /pricing-calculator` is not in this description: its schemas follow the SDK's, and the
 *   SDK tests (engine/test/sdk/pricing.test.ts) hold the engine to them (`heldTo: 'sdk'`).
 * - The description calls the bodies of `DELETE /models-3d/{id}` and `POST /models-3d/upload`
 *   optional JSON; the SDK sends `Content-Type: application/json` with no body at all. The engine
 *   takes that as "no body" (engine/routes/route-kit.ts) rather than as malformed JSON.
 * Operations the SDK lacks (textures, reading 3D models) are held to this description instead.
 */

/** Our schemas add fields Leonardo's description leaves out; each is listed here with its reason. */
export const KNOWN_ADDITIONS: Record<string, string> = {
  // Older SDKs read motion jobs under this name (see the API notes); the engine answers both.
  'post /generations-motion-svd response.sdGenerationJob': 'compatibility with older SDKs',
};

export function resolveRef(doc: Json, schema: Json): Json {
  let current = schema;
  while (typeof current.$ref === 'string') {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    let target: unknown = doc;
    for (const part of parts) target = (target as Json)[part];
    current = target as Json;
  }
  return current;
}

const typeOf = (s: Json): string | undefined =>
  typeof s.type === 'string'
    ? s.type
    : Array.isArray(s.enum) && s.enum.every((v) => typeof v === 'string' || v === null)
      ? 'string'
      : undefined;

/** Walks our schema; every property, type and enum value must exist in theirs. */
export function compareSchemas(
  doc: Json,
  ours: Json,
  theirs: Json,
  where: string,
  out: Mismatch[],
): void {
  const t = resolveRef(doc, theirs);
  const ourType = typeOf(ours);
  const theirType = typeOf(t);
  if (ourType && theirType && ourType !== theirType) {
    const numeric = new Set(['integer', 'number']);
    if (!(numeric.has(ourType) && numeric.has(theirType) && ourType === 'integer')) {
      out.push({ where, problem: `type ${ourType}, Leonardo says ${theirType}` });
    }
  }
  if (Array.isArray(ours.enum) && Array.isArray(t.enum)) {
    for (const value of ours.enum) {
      if (value !== null && !t.enum.includes(value)) {
        out.push({ where, problem: `enum value ${JSON.stringify(value)} is not Leonardo's` });
      }
    }
  }
  if (ours.properties && typeof ours.properties === 'object') {
    const theirProps = (t.properties ?? {}) as Json;
    for (const [name, schema] of Object.entries(ours.properties as Json)) {
      const path = `${where}.${name}`;
      if (!(name in theirProps)) {
        if (!KNOWN_ADDITIONS[path]) out.push({ where: path, problem: "not in Leonardo's schema" });
        continue;
      }
      compareSchemas(doc, schema as Json, theirProps[name] as Json, path, out);
    }
    for (const name of (t.required ?? []) as string[]) {
      if (!((ours.required ?? []) as string[]).includes(name)) {
        out.push({ where: `${where}.${name}`, problem: 'required by Leonardo, optional here' });
      }
    }
  }
  if (ours.items && t.items) {
    compareSchemas(doc, ours.items as Json, t.items as Json, `${where}[]`, out);
  }
}
