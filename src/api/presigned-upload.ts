import { ApiError, INVALID_RESPONSE, apiErrorFromResponse, networkError } from './api-error.ts';

/**
 * Leonardo answers an upload request with a presigned S3 form: a URL and its policy fields as a
 * JSON string. The file goes there as multipart, fields first and the file last (S3 ignores
 * fields after the file), with no Authorization header: the URL and fields are the permission.
 */

/** Never the URL itself: it is a credential for as long as it is valid. */
export const PRESIGNED_ENDPOINT = 'POST presigned upload form';

export interface UploadProgress {
  loaded: number;
  /** Null when the browser cannot tell the request's size. */
  total: number | null;
}

export interface PresignedUploadInit {
  url: string;
  /** The form fields as the API sends them: a JSON object serialised as a string. */
  fields: string;
  file: Blob;
  fileName: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal | undefined;
}

/** Reads the fields in the order the API gave them; S3 checks the policy against that order. */
export function parsePresignedFields(json: string): Array<[string, string]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (cause) {
    throw invalidFields(cause);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidFields();
  }
  return Object.entries(parsed).map(([name, value]) => [
    name,
    typeof value === 'string' ? value : JSON.stringify(value),
  ]);
}

function invalidFields(cause?: unknown): ApiError {
  return new ApiError({
    status: 200,
    code: INVALID_RESPONSE,
    message: 'The server sent upload form fields that are not a JSON object.',
    path: '$.fields',
    endpoint: PRESIGNED_ENDPOINT,
    cause,
  });
}

export function buildPresignedForm(
  fields: ReadonlyArray<readonly [string, string]>,
  file: Blob,
  fileName: string,
): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append('file', file, fileName);
  return form;
}

/** S3 answers errors as XML; its <Message> is the readable part. */
export function s3ErrorMessage(bodyText: string): string | undefined {
  const match = /<Message>([^<]*)<\/Message>/.exec(bodyText);
  const message = match?.[1]?.trim();
  return message ? message : undefined;
}

function uploadError(xhr: XMLHttpRequest): ApiError {
  const bodyText = typeof xhr.responseText === 'string' ? xhr.responseText : '';
  const error = apiErrorFromResponse({
    status: xhr.status,
    statusText: xhr.statusText,
    retryAfter: xhr.getResponseHeader('Retry-After'),
    bodyText,
    endpoint: PRESIGNED_ENDPOINT,
  });
  const s3Message = s3ErrorMessage(bodyText);
  if (!s3Message || error.code !== 'http-error') return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    message: s3Message,
    path: '$.file',
    endpoint: PRESIGNED_ENDPOINT,
  });
}

/**
 * POSTs the file to the presigned form with XMLHttpRequest, because fetch() still reports no
 * upload progress. Resolves on any 2xx (S3 answers 204 or 201), rejects with ApiError otherwise,
 * and rethrows an abort as an AbortError DOMException, like fetch.
 */
export function presignedUpload(init: PresignedUploadInit): Promise<void> {
  const form = buildPresignedForm(parsePresignedFields(init.fields), init.file, init.fileName);
  return new Promise<void>((resolve, reject) => {
    if (init.signal?.aborted) {
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbortSignal = () => xhr.abort();
    const settle = () => init.signal?.removeEventListener('abort', onAbortSignal);

    xhr.open('POST', init.url);
    // No cookies and no Authorization header: the presigned URL is the permission.
    xhr.withCredentials = false;
    xhr.upload.onprogress = (event) => {
      init.onProgress?.({
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : null,
      });
    };
    xhr.onload = () => {
      settle();
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(uploadError(xhr));
    };
    xhr.onerror = () => {
      settle();
      reject(networkError(PRESIGNED_ENDPOINT, new Error('The upload connection failed.')));
    };
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => {
      settle();
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
    };
    init.signal?.addEventListener('abort', onAbortSignal, { once: true });
    xhr.send(form);
  });
}
