import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pictureFile, uploadInitImage } from './fixtures.ts';
import {
  BOB,
  expectApiError,
  expectNoUnknownFields,
  startSdkHarness,
  type SdkHarness,
} from './sdk-harness.ts';

let h: SdkHarness;
beforeAll(async () => {
  h = await startSdkHarness();
});
afterAll(() => h.close());

describe('init images through the SDK', () => {
  it.each([
    ['png', 'png', 'image/png'],
    ['jpg', 'jpeg', 'image/jpeg'],
    ['jpeg', 'jpeg', 'image/jpeg'],
    ['webp', 'webp', 'image/webp'],
  ] as const)('uploads a .%s through the presigned form, reads it', async (ext, format, type) => {
    const id = await uploadInitImage(h.sdk, await pictureFile(96, 64, format), ext);
    const image = (await h.sdk.initImages.getInitImageById(id)).object!.initImagesByPk!;
    expect(image.id).toBe(id);
    expect(image.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const file = await fetch(image.url!);
    expect(file.headers.get('content-type')).toBe(type);
    expect((await sharp(Buffer.from(await file.arrayBuffer())).metadata()).width).toBe(96);
  });

  it('deletes, and the image is gone', async () => {
    const id = await uploadInitImage(h.sdk, await pictureFile(32, 32));
    const deleted = await h.sdk.initImages.deleteInitImageById(id);
    expect(deleted.object!.deleteInitImagesByPk!.id).toBe(id);
    await expectApiError(h.sdk.initImages.getInitImageById(id), 404, 'Init image not found');
  });

  it('another user’s init image answers like an unknown one', async () => {
    const id = await uploadInitImage(h.sdk, await pictureFile(32, 32));
    await expectApiError(h.as(BOB).initImages.getInitImageById(id), 404, 'Init image not found');
    await expectApiError(h.as(BOB).initImages.deleteInitImageById(id), 404, 'Init image not found');
    expect((await h.sdk.initImages.getInitImageById(id)).object!.initImagesByPk!.id).toBe(id);
  });

  it('refuses an extension the API does not take', async () => {
    await expectApiError(
      h.sdk.initImages.uploadInitImage({ extension: 'gif' }),
      400,
      'extension must be one of: png, jpg, jpeg, webp',
      '$.extension',
    );
  });

  it('sent only fields the SDK’s schemas know', () => expectNoUnknownFields(h));
});
