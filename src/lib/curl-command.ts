/** What the copied command reads the key from: the key itself never goes into anything copied. */
export const API_KEY_VARIABLE = '$LEONARDO_API_KEY';

export interface CurlRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** The full URL, base URL included. */
  url: string;
  /** Sent as JSON. */
  body?: unknown;
}

/** POSIX shell single quotes: nothing inside is expanded; a quote itself is closed and escaped. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * A cURL command for a request. The Authorization header is in double quotes so the shell
 * expands `$LEONARDO_API_KEY`; everything else is single-quoted so a prompt cannot run anything.
 */
export function curlCommand({ method, url, body }: CurlRequest): string {
  const lines = [
    `curl --request ${method} ${shellQuote(url)}`,
    `  --header 'Accept: application/json'`,
    `  --header "Authorization: Bearer ${API_KEY_VARIABLE}"`,
  ];
  if (body !== undefined) {
    lines.push(`  --header 'Content-Type: application/json'`);
    lines.push(`  --data ${shellQuote(JSON.stringify(body, null, 2))}`);
  }
  return lines.join(' \\\n');
}
