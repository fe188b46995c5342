/** An error the API answers in Leonardo's shape `{ error, path, code }`. */
export class ApiHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly path = '$',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiHttpError(404, 'not-found', `${what} not found`);
export const validationFailed = (message: string, path: string) =>
  new ApiHttpError(400, 'validation-failed', message, path);
