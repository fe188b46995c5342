import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, BOB, startEngine, waitForJob, type Harness } from './harness.ts';
import { decode, imageDataUrl } from './images.ts';
import { CUBE_OBJ } from './meshes.ts';

/** These tests go over real HTTP: uploads follow the presigned-form pattern a browser uses. */
let h: Harness;
let base: string;
let aliceId: string;
beforeAll(async () => {
  h = await startEngine();
  base = await h.app.listen({ host: '127.0.0.1', port: 0 });
  aliceId = await h.userId(ALICE);
});
afterAll(() => h.close());

const call = async (method: string, path: string, key = ALICE, body?: object) => {
  const res = await fetch(`${base}${API}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
};

/** POSTs a file to a presigned form the way the studio does. */
const uploadTo = (url: string, fields: string, file: Blob, name: string) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(JSON.parse(fields) as Record<string, string>))
    form.append(k, v);
  form.append('file', file, name);
  return fetch(url, { method: 'POST', body: form });
};

describe('init images', () => {
  it('uploads through the presigned form, reads and deletes', async () => {
    const presign = await call('POST', '/init-image', ALICE, { extension: 'png' });
    expect(presign.status).toBe(200);
    const { id, url, fields } = presign.json.uploadInitImage;
    const png = Buffer.from((await imageDataUrl(64, 48, 'png')).split(',')[1]!, 'base64');
    const upload = await uploadTo(url, fields, new Blob([png], { type: 'image/png' }), 'init.png');
    expect(upload.status).toBe(204);

    const read = await call('GET', `/init-image/${id}`);
    expect(read.json.init_images_by_pk.id).toBe(id);
    const file = await fetch(read.json.init_images_by_pk.url);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect((await decode(Buffer.from(await file.arrayBuffer()))).width).toBe(64);

    expect((await call('GET', `/init-image/${id}`, BOB)).status).toBe(404);
    expect((await call('DELETE', `/init-image/${id}`)).json).toEqual({
      delete_init_images_by_pk: { id },
    });
    expect((await call('GET', `/init-image/${id}`)).status).toBe(404);
  });

  it('refuses a file that is not an image, and keeps the form usable', async () => {
    const { url, fields } = (await call('POST', '/init-image', ALICE, { extension: 'jpg' })).json
      .uploadInitImage;
    const bad = await uploadTo(url, fields, new Blob(['hello']), 'x.jpg');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'validation-failed', path: '$.file' });
    const jpeg = Buffer.from((await imageDataUrl(32, 32)).split(',')[1]!, 'base64');
    expect((await uploadTo(url, fields, new Blob([jpeg]), 'x.jpg')).status).toBe(204);
  });

  it('refuses an unknown extension', async () => {
    const res = await call('POST', '/init-image', ALICE, { extension: 'gif' });
    expect(res.status).toBe(400);
    expect(res.json.path).toBe('$.extension');
  });
});

describe('motion', () => {
  it('animates a generated image into an H.264 MP4', async () => {
    const created = await call('POST', '/generations', ALICE, {
      prompt: 'waves',
      width: 256,
      height: 192,
      num_images: 1,
    });
    const genId = created.json.sdGenerationJob.generationId;
    const generation = await waitForJob(
      async () => (await call('GET', `/generations/${genId}`)).json.generations_by_pk,
      (g) => g.status,
    );
    const imageId = generation.generated_images[0].id;

    expect((await call('POST', '/generations-motion-svd', BOB, { imageId })).status).toBe(404);
    const bad = await call('POST', '/generations-motion-svd', ALICE, {
      imageId,
      motionStrength: 11,
    });
    expect(bad.json).toMatchObject({ path: '$.motionStrength', code: 'validation-failed' });

    const motion = await call('POST', '/generations-motion-svd', ALICE, {
      imageId,
      motionStrength: 6,
    });
    expect(motion.status).toBe(200);
    const motionId = motion.json.motionSvdGenerationJob.generationId;
    expect(motion.json.sdGenerationJob.generationId).toBe(motionId);
    const done = await waitForJob(
      async () => (await call('GET', `/generations/${motionId}`)).json.generations_by_pk,
      (g) => g.status,
      60_000,
    );
    expect(done.status).toBe('COMPLETE');
    const image = done.generated_images[0];
    expect(image).toMatchObject({ motion: true, motionStrength: 6 });
    const video = await fetch(image.motionMP4URL);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    const bytes = Buffer.from(await video.arrayBuffer());
    expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
    expect(bytes.includes(Buffer.from('avc1'))).toBe(true);
  });
});

describe('3D models and textures', () => {
  it('uploads an OBJ, textures it, lists, reads and deletes', async () => {
    const presign = await call('POST', '/models-3d/upload', ALICE, {
      modelExtension: 'obj',
      name: 'cube',
    });
    const { modelId, modelUrl, modelFields } = presign.json.uploadModelAsset;
    expect((await uploadTo(modelUrl, modelFields, new Blob([CUBE_OBJ]), 'cube.obj')).status).toBe(
      204,
    );

    const models = await call('GET', `/models-3d/user/${aliceId}`);
    expect(models.json.model_assets[0]).toMatchObject({
      id: modelId,
      name: 'cube',
      userId: aliceId,
    });
    expect((await call('GET', `/models-3d/user/${aliceId}`, BOB)).status).toBe(404);
    expect((await call('GET', `/models-3d/${modelId}`)).json.model_assets_by_pk.id).toBe(modelId);

    const job = await call('POST', '/generations-texture', ALICE, {
      modelAssetId: modelId,
      prompt: 'oak wood',
      seed: 4,
    });
    expect(job.status).toBe(200);
    const textureId = job.json.textureGenerationJob.id;
    const texture = await waitForJob(
      async () =>
        (await call('GET', `/generations-texture/${textureId}`)).json
          .model_asset_texture_generations_by_pk,
      (t) => t.status,
      60_000,
    );
    expect(texture.status).toBe('COMPLETE');
    const types = texture.model_asset_texture_images.map((i: { type: string }) => i.type).sort();
    expect(types).toEqual(expect.arrayContaining(['ALBEDO', 'NORMAL', 'ROUGHNESS']));
    const albedo = await fetch(texture.model_asset_texture_images[0].url);
    expect(albedo.headers.get('content-type')).toBe('image/png');

    const byModel = await call('GET', `/generations-texture/model/${modelId}?limit=5`);
    expect(byModel.json.model_asset_texture_generations[0].id).toBe(textureId);
    expect((await call('GET', `/generations-texture/${textureId}`, BOB)).status).toBe(404);
    expect((await call('DELETE', `/generations-texture/${textureId}`, BOB)).status).toBe(404);
    expect((await call('DELETE', `/generations-texture/${textureId}`)).json).toEqual({
      delete_model_asset_texture_generations_by_pk: { id: textureId },
    });
    expect((await call('GET', `/generations-texture/${textureId}`)).status).toBe(404);
    expect((await call('DELETE', `/models-3d/${modelId}`)).status).toBe(200);
    expect((await call('GET', `/models-3d/${modelId}`)).status).toBe(404);
  });

  it('refuses a file that is not an OBJ model', async () => {
    const { modelUrl, modelFields } = (
      await call('POST', '/models-3d/upload', ALICE, { modelExtension: 'obj' })
    ).json.uploadModelAsset;
    const res = await uploadTo(modelUrl, modelFields, new Blob(['just some text']), 'x.obj');
    expect(res.status).toBe(400);
    expect((await res.json()).path).toBe('$.file');
  });

  it('answers 404 for a texture of an unknown model', async () => {
    const res = await call('POST', '/generations-texture', ALICE, {
      modelAssetId: '5f0c3a57-6a49-4d5e-9a43-0f5b5c1e9d10',
      prompt: 'x',
    });
    expect(res.status).toBe(404);
  });
});
