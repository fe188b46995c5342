import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALICE_KEY, jsonResponse, stubFetch } from '../test/fetch-stub.ts';
import { createApiClient } from './client.ts';
import {
  deleteModel,
  fetchMeshText,
  getModel,
  meshQueryOptions,
  models3dKeys,
  modelsQueryOptions,
  uploadModel,
} from './models-3d.ts';
import * as presigned from './presigned-upload.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const client = createApiClient({ baseUrl: BASE, getKey: () => ALICE_KEY });
const USER = '3f1c1f7e-3c9a-4b8e-9d2a-2f6f0c4b1a11';
const MODEL = '6a3f1c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('models-3d fetchers', () => {
  it('asks for a presigned OBJ form, then sends the file to it', async () => {
    const { requests } = stubFetch(() =>
      jsonResponse({
        uploadModelAsset: {
          modelId: MODEL,
          modelUrl: 'http://127.0.0.1:8787/uploads/token-token-token-1',
          modelFields: '{"key":"models/x.obj"}',
          modelKey: 'models/x.obj',
        },
      }),
    );
    const upload = vi.spyOn(presigned, 'presignedUpload').mockResolvedValue();
    const onProgress = vi.fn();
    const file = new Blob(['v 0 0 0']);
    const id = await uploadModel(client, { file, fileName: 'cube.obj', name: 'cube', onProgress });

    expect(id).toBe(MODEL);
    expect(requests[0]?.url).toBe(`${BASE}/models-3d/upload`);
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ modelExtension: 'obj', name: 'cube' });
    expect(upload).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'http://127.0.0.1:8787/uploads/token-token-token-1',
        fields: '{"key":"models/x.obj"}',
        file,
        fileName: 'cube.obj',
        onProgress,
      }),
    );
  });

  it('lists a user’s models under a hierarchical key', async () => {
    const { requests } = stubFetch(() => jsonResponse({ model_assets: [] }));
    const options = modelsQueryOptions(client, USER);
    expect(options.queryKey).toEqual(['models-3d', 'list', BASE, USER]);
    expect(options.queryKey.slice(0, 3)).toEqual(models3dKeys.lists(BASE));
    await options.queryFn!({ signal: new AbortController().signal } as never);
    expect(requests[0]?.url).toBe(`${BASE}/models-3d/user/${USER}?offset=0&limit=100`);
  });

  it('turns a missing model into a 404 and deletes by id', async () => {
    const { requests } = stubFetch((request) =>
      request.method === 'DELETE'
        ? jsonResponse({ delete_model_assets_by_pk: { id: MODEL } })
        : jsonResponse({ model_assets_by_pk: null }),
    );
    await expect(getModel(client, MODEL)).rejects.toMatchObject({ status: 404 });
    await deleteModel(client, MODEL);
    expect(requests[1]).toMatchObject({ method: 'DELETE', url: `${BASE}/models-3d/${MODEL}` });
  });

  it('fetches the mesh without the key', async () => {
    const { requests } = stubFetch(() => new Response('v 0 0 0\n'));
    await expect(fetchMeshText('http://127.0.0.1:8787/files/models/x.obj')).resolves.toBe(
      'v 0 0 0\n',
    );
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
    expect(meshQueryOptions('u').queryKey).toEqual(['models-3d', 'mesh', 'u']);
  });

  it('reports a missing mesh file as an ApiError', async () => {
    stubFetch(() => new Response('gone', { status: 404, statusText: 'Not Found' }));
    await expect(fetchMeshText('http://x/files/models/x.obj')).rejects.toMatchObject({
      status: 404,
      message: 'The server answered HTTP 404 Not Found.',
    });
  });
});
