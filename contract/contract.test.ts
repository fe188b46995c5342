import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENDPOINTS } from './endpoints.ts';
import { compareSchemas, resolveRef, type Mismatch } from './openapi-compare.ts';

/** The vendored copy: a missing or unreadable file fails the suite instead of skipping it. */
const REFERENCE = fileURLToPath(new URL('./openapi/leonardo-openapi.yaml', import.meta.url));
const doc = parse(readFileSync(REFERENCE, 'utf8')) as Record<string, never>;
const paths = (doc as { paths?: Record<string, Record<string, Record<string, unknown>>> }).paths;

/** Endpoints Leonardo's description lists; the others are held to the official SDK's schemas. */
const described = ENDPOINTS.filter((e) => e.heldTo !== 'sdk');

describe("the project's API schemas match Leonardo's OpenAPI description", () => {
  it('reads the vendored description', () => {
    expect(Object.keys(paths ?? {}).length).toBeGreaterThan(15);
  });

  it.each(described.map((e) => [`${e.method} ${e.path}`, e] as const))('%s', (name, endpoint) => {
    const operation = paths?.[endpoint.path]?.[endpoint.method];
    expect(operation, `${name} is in Leonardo's description`).toBeDefined();
    const mismatches: Mismatch[] = [];
    const response = (
      operation!.responses as Record<string, { content: Record<string, { schema: object }> }>
    )['200']!.content['application/json']!.schema;
    compareSchemas(
      doc,
      endpoint.response as never,
      response as never,
      `${name} response`,
      mismatches,
    );
    if (endpoint.body) {
      const body = (operation!.requestBody as { content: Record<string, { schema: object }> })
        .content['application/json']!.schema;
      compareSchemas(
        doc,
        endpoint.body as never,
        resolveRef(doc, body as never),
        `${name} body`,
        mismatches,
      );
    }
    expect(mismatches).toEqual([]);
  });

  it('covers every operation of the generation group and the supporting endpoints', () => {
    const ours = new Set(described.map((e) => `${e.method} ${e.path}`));
    const theirs = Object.entries(paths ?? {}).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(theirs.filter((op) => !ours.has(op))).toEqual([]);
  });
});
