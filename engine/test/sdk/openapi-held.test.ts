import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForJob } from '../harness.ts';
import { CUBE_OBJ } from '../meshes.ts';
import { openApiErrors } from './openapi-validator.ts';
import {
  ALICE,
  BOB,
  startSdkHarness,
  uploadToPresignedForm,
  type SdkHarness,
} from './sdk-harness.ts';

/**
 * Leonardo's SDK has no texture operations and cannot read 3D models: these answers are held to
 * the vendored OpenAPI description instead, over plain HTTP as any other client sends them.
 */
let h: SdkHarness;
let modelId: string;
beforeAll(async () => {
  h = await startSdkHarness();
  const form = (await h.sdk.threeDModelAssets.uploadModelAsset({ name: 'cube' })).object!
    .uploadModelAsset!;
  await uploadToPresignedForm(
    form.modelUrl!,
    form.modelFields!,
    Buffer.from(CUBE_OBJ),
    'c.obj',
    'text/plain',
  );
  modelId = form.modelId!;
});
afterAll(() => h.close());

async function call(method: string, path: string, template: string, body?: object, key = ALICE) {
  const res = await fetch(`${h.origin}/api/rest/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (res.status === 200) expect(openApiErrors(method, template, json)).toEqual([]);
  return { status: res.status, json };
}

describe('operations the SDK lacks, held to the OpenAPI description', () => {
  it('GET /models-3d/user/{userId} and GET /models-3d/{id}', async () => {
    const userId = await h.userId();
    const list = await call('GET', `/models-3d/user/${userId}?limit=5`, '/models-3d/user/{userId}');
    expect(list.json.model_assets.map((m: any) => m.id)).toContain(modelId);
    const one = await call('GET', `/models-3d/${modelId}`, '/models-3d/{id}');
    expect(one.json.model_assets_by_pk).toMatchObject({ id: modelId, name: 'cube' });
    expect(
      (await call('GET', `/models-3d/${modelId}`, '/models-3d/{id}', undefined, BOB)).status,
    ).toBe(404);
  });

  it('the texture operations, each with several parameter combinations', async () => {
    const variants = [
      { prompt: 'rusty metal' },
      { prompt: 'oak wood', negative_prompt: 'knots', seed: 12, sd_version: 'v2' },
      {
        prompt: 'marble',
        preview: true,
        preview_direction: 'back',
        front_rotation_offset: 90,
        sd_version: 'v1_5',
      },
    ];
    const ids: string[] = [];
    for (const fields of variants) {
      const created = await call('POST', '/generations-texture', '/generations-texture', {
        modelAssetId: modelId,
        ...fields,
      });
      expect(created.status).toBe(200);
      ids.push(created.json.textureGenerationJob.id);
    }
    for (const id of ids) {
      const done = await waitForJob(
        async () =>
          (await call('GET', `/generations-texture/${id}`, '/generations-texture/{id}')).json
            .model_asset_texture_generations_by_pk,
        (t) => t.status,
      );
      expect(done.status).toBe('COMPLETE');
      expect(done.model_asset_texture_images.map((i: any) => i.type).sort()).toEqual([
        'ALBEDO',
        'DISPLACEMENT',
        'NORMAL',
        'ROUGHNESS',
      ]);
    }
    const listed = await call(
      'GET',
      `/generations-texture/model/${modelId}?offset=0&limit=10`,
      '/generations-texture/model/{modelId}',
    );
    expect(listed.json.model_asset_texture_generations).toHaveLength(3);
    const deleted = await call(
      'DELETE',
      `/generations-texture/${ids[0]}`,
      '/generations-texture/{id}',
    );
    expect(deleted.json.delete_model_asset_texture_generations_by_pk.id).toBe(ids[0]);

    const refused = await call('POST', '/generations-texture', '/generations-texture', {
      modelAssetId: modelId,
      prompt: 'x',
      preview_direction: 'up',
    });
    expect(refused).toEqual({
      status: 400,
      json: {
        error: 'preview_direction must be one of: front, back, left, right',
        path: '$.preview_direction',
        code: 'validation-failed',
      },
    });
  });
});
