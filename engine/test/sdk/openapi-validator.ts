import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const FILE = fileURLToPath(
  new URL('../../../contract/openapi/leonardo-openapi.yaml', import.meta.url),
);
const doc = parse(readFileSync(FILE, 'utf8')) as {
  paths: Record<string, Record<string, any>>;
  components: unknown;
};
// `nullable` is OpenAPI 3.0's, which Ajv understands; prose keywords (example, deprecated) are
// not Ajv's and are left alone.
const ajv = new Ajv({ strict: false, allErrors: true });

/**
 * For operations Leonardo's SDK lacks (textures, reading 3D models): checks an answer against the
 * 200 response schema of the vendored OpenAPI description, every `$ref` resolved. Answers the
 * errors, empty when it fits.
 */
export function openApiErrors(method: string, path: string, body: unknown): string[] {
  const operation = doc.paths[path]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${path} is not in Leonardo's description`];
  const schema = operation.responses['200'].content['application/json'].schema;
  const validate = ajv.compile({ ...schema, components: doc.components });
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '$'} ${e.message}`);
}
