import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUBE_OBJ } from '../meshes.ts';
import {
  BOB,
  expectApiError,
  expectNoUnknownFields,
  startSdkHarness,
  uploadToPresignedForm,
  type SdkHarness,
} from './sdk-harness.ts';

let h: SdkHarness;
beforeAll(async () => {
  h = await startSdkHarness();
});
afterAll(() => h.close());

const modelRead = (id: string, key = 'alice-test-key') =>
  fetch(`${h.origin}/api/rest/v1/models-3d/${id}`, { headers: { authorization: `Bearer ${key}` } });

/** Asks for an upload form through the SDK and POSTs the OBJ to it; answers the model's id. */
async function uploadCube(
  request?: Parameters<typeof h.sdk.threeDModelAssets.uploadModelAsset>[0],
) {
  const answer = await h.sdk.threeDModelAssets.uploadModelAsset(request);
  const form = answer.object!.uploadModelAsset!;
  expect(form.modelKey).toBe(`models/${form.modelId}.obj`);
  const status = await uploadToPresignedForm(
    form.modelUrl!,
    form.modelFields!,
    Buffer.from(CUBE_OBJ),
    'cube.obj',
    'text/plain',
  );
  expect(status).toBe(204);
  return form.modelId!;
}

describe('3D models through the SDK', () => {
  it.each([
    ['with the extension and a name', { modelExtension: 'obj', name: 'cube' }],
    ['with the extension only', { modelExtension: 'obj' }],
    ['with no fields at all', undefined],
  ])('uploadModelAsset %s', async (_n, request) => {
    const id = await uploadCube(request);
    const read = await modelRead(id);
    expect(read.status).toBe(200);
    const model = (await read.json()).model_assets_by_pk;
    expect(model.name).toBe((request as { name?: string } | undefined)?.name ?? null);
    expect(await (await fetch(model.meshUrl)).text()).toBe(CUBE_OBJ);
  });

  it('delete3DModelById, which sends an empty JSON body, deletes the model', async () => {
    const id = await uploadCube({ modelExtension: 'obj' });
    const deleted = await h.sdk.threeDModelAssets.delete3DModelById(id);
    expect(deleted.object!.deleteModelAssetsByPk!.id).toBe(id);
    const sent = h.exchanges.find((x) => x.method === 'DELETE' && x.path === `/models-3d/${id}`)!;
    expect(sent.requestHeaders.get('content-type')).toBe('application/json');
    expect(sent.requestBody).toBe('');
    expect((await modelRead(id)).status).toBe(404);
  });

  it('delete3DModelById with the id in the body too', async () => {
    const id = await uploadCube();
    const deleted = await h.sdk.threeDModelAssets.delete3DModelById(id, { id });
    expect(deleted.object!.deleteModelAssetsByPk!.id).toBe(id);
  });

  it('another user’s model answers like an unknown one', async () => {
    const id = await uploadCube();
    await expectApiError(h.as(BOB).threeDModelAssets.delete3DModelById(id), 404, 'Model not found');
    expect((await modelRead(id)).status).toBe(200);
    await expectApiError(
      h.sdk.threeDModelAssets.delete3DModelById('00000000-0000-4000-8000-000000000000'),
      404,
      'Model not found',
    );
  });

  it('refuses a format other than OBJ', async () => {
    await expectApiError(
      h.sdk.threeDModelAssets.uploadModelAsset({ modelExtension: 'fbx' }),
      400,
      'modelExtension must be one of: obj',
      '$.modelExtension',
    );
  });

  it('sent only fields the SDK’s schemas know', () => expectNoUnknownFields(h));
});
