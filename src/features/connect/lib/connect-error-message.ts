import { isApiError } from '../../../api/api-error.ts';
import type { ServerChoice } from './servers.ts';

/** The direct cloud path failed before any answer: CORS refused, or no network. */
export function isUnreachableCloud(error: unknown, choice: ServerChoice): boolean {
  return choice === 'cloud' && isApiError(error) && error.isNetworkError;
}

/**
 * What the dialog says when a connection attempt fails. The API's own `error` text is shown as
 * is. `relayOffered`: the dialog offers "Leonardo cloud through this engine" beside the message.
 */
export function connectErrorMessage(
  error: unknown,
  choice: ServerChoice,
  relayOffered = false,
): string {
  if (!isApiError(error)) {
    return error instanceof Error ? error.message : 'Something went wrong while connecting.';
  }
  if (error.isNetworkError) {
    if (choice === 'local') {
      return 'Could not reach the local engine. Is it running (npm run engine), and is the URL right?';
    }
    if (choice === 'cloud') {
      const direct =
        'Your browser could not reach Leonardo’s API directly: the request failed before any answer came back. Either the browser refused it, because the API did not allow this page to call it (CORS), or the network is down.';
      return relayOffered
        ? `${direct} This engine can relay the calls to Leonardo for you.`
        : `${direct} To use your key anyway, run the studio on your machine with \`npm start\` and choose “Leonardo cloud through this engine”: the engine passes the calls on to Leonardo.`;
    }
    if (choice === 'relay') {
      return 'Could not reach this engine’s relay. Is the engine still running?';
    }
    return 'Could not reach that server. Check the address, that it is running, and that it allows this page (CORS).';
  }
  return error.message;
}
