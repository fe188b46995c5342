import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_ERROR } from './api-error.ts';
import {
  buildPresignedForm,
  parsePresignedFields,
  presignedUpload,
  s3ErrorMessage,
  type UploadProgress,
} from './presigned-upload.ts';

/** Just enough of XMLHttpRequest to drive an upload from the test. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  withCredentials = true;
  headers = new Map<string, string>();
  body: FormData | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders: Record<string, string> = {};
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers.set(name, value);
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  // Test controls.
  progress(loaded: number, total: number, lengthComputable = true) {
    this.upload.onprogress?.({ loaded, total, lengthComputable } as ProgressEvent);
  }
  answer(status: number, responseText = '', statusText = '') {
    this.status = status;
    this.statusText = statusText;
    this.responseText = responseText;
    this.onload?.();
  }
}

function lastXhr(): FakeXhr {
  if (!FakeXhr.last) throw new Error('no request was sent');
  return FakeXhr.last;
}

const FIELDS = JSON.stringify({
  key: 'models/abc.obj',
  'Content-Type': 'text/plain',
  policy: 'eyJl',
  'X-Amz-Signature': 'f00',
});
const file = new Blob(['v 0 0 0\n'], { type: 'text/plain' });

function start(extra: Partial<Parameters<typeof presignedUpload>[0]> = {}) {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return presignedUpload({
    url: 'https://bucket.example/upload',
    fields: FIELDS,
    file,
    fileName: 'cube.obj',
    ...extra,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = null;
});

describe('parsePresignedFields', () => {
  it('keeps the order the API sent', () => {
    expect(parsePresignedFields(FIELDS).map(([name]) => name)).toEqual([
      'key',
      'Content-Type',
      'policy',
      'X-Amz-Signature',
    ]);
  });

  it('rejects fields that are not a JSON object', () => {
    for (const bad of ['', 'nope', '[]', 'null', '"x"']) {
      expect(() => parsePresignedFields(bad)).toThrow(ApiError);
    }
  });

  it('passes non-string values on as JSON', () => {
    expect(parsePresignedFields('{"n":3}')).toEqual([['n', '3']]);
  });
});

describe('buildPresignedForm', () => {
  it('puts every field before the file, which comes last as `file`', () => {
    const form = buildPresignedForm(parsePresignedFields(FIELDS), file, 'cube.obj');
    const names = [...form.keys()];
    expect(names).toEqual(['key', 'Content-Type', 'policy', 'X-Amz-Signature', 'file']);
    const sent = form.get('file');
    expect(sent).toBeInstanceOf(File);
    expect((sent as File).name).toBe('cube.obj');
  });
});

describe('presignedUpload', () => {
  it('POSTs the form to the URL without credentials or an Authorization header', async () => {
    const done = start();
    const xhr = lastXhr();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('https://bucket.example/upload');
    expect(xhr.withCredentials).toBe(false);
    expect(xhr.headers.size).toBe(0);
    expect([...(xhr.body?.keys() ?? [])]).toEqual([
      'key',
      'Content-Type',
      'policy',
      'X-Amz-Signature',
      'file',
    ]);
    xhr.answer(204);
    await expect(done).resolves.toBeUndefined();
  });

  it('reports upload progress, with an unknown total as null', async () => {
    const seen: UploadProgress[] = [];
    const done = start({ onProgress: (progress) => seen.push(progress) });
    const xhr = lastXhr();
    xhr.progress(10, 100);
    xhr.progress(100, 100);
    xhr.progress(5, 0, false);
    xhr.answer(201);
    await done;
    expect(seen).toEqual([
      { loaded: 10, total: 100 },
      { loaded: 100, total: 100 },
      { loaded: 5, total: null },
    ]);
  });

  it("rejects with the API's own error text", async () => {
    const done = start();
    lastXhr().answer(
      400,
      JSON.stringify({ error: 'line 1: not an OBJ', path: '$.file', code: 'validation-failed' }),
      'Bad Request',
    );
    await expect(done).rejects.toMatchObject({
      status: 400,
      code: 'validation-failed',
      message: 'line 1: not an OBJ',
      path: '$.file',
    });
  });

  it("reads S3's XML error message", async () => {
    const done = start();
    lastXhr().answer(
      400,
      '<?xml version="1.0"?><Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message></Error>',
    );
    await expect(done).rejects.toMatchObject({
      status: 400,
      message: 'Your proposed upload exceeds the maximum allowed size',
    });
  });

  it('keeps the presigned URL out of error messages', async () => {
    const done = start();
    lastXhr().answer(500, '');
    const error = (await done.catch((caught: unknown) => caught)) as ApiError;
    expect(error.message).toBe('The server answered HTTP 500.');
    expect(error.endpoint).not.toContain('bucket.example');
  });

  it('turns a connection failure into a network ApiError', async () => {
    const done = start();
    lastXhr().onerror?.();
    await expect(done).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });

  it('aborts with the signal and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const done = start({ signal: controller.signal });
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(start({ signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(FakeXhr.last).toBeNull();
  });
});

describe('s3ErrorMessage', () => {
  it('finds the message or nothing', () => {
    expect(s3ErrorMessage('<Error><Message> Access Denied </Message></Error>')).toBe(
      'Access Denied',
    );
    expect(s3ErrorMessage('{"error":"x"}')).toBeUndefined();
    expect(s3ErrorMessage('<Message></Message>')).toBeUndefined();
  });
});
