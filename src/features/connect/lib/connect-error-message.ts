import { isApiError } from '../../../api/api-error.ts';
import type { ServerChoice } from './servers.ts';

/** What the dialog says when a connection attempt fails. The API's own `error` text is shown as is. */
export function connectErrorMessage(error: unknown, choice: ServerChoice): string {
  if (!isApiError(error)) {
    return error instanceof Error ? error.message : 'Something went wrong while connecting.';
  }
  if (error.isNetworkError) {
    if (choice === 'local') {
      return 'Could not reach the local engine. Is it running (npm run engine)?';
    }
    if (choice === 'cloud') {
      return 'Could not reach Leonardo’s API. Check your connection; the browser may also have blocked the request (CORS).';
    }
    return 'Could not reach that server. Check the address, that it is running, and that it allows this page (CORS).';
  }
  return error.message;
}
