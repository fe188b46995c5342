import { describe, expect, it } from 'vitest';
import { curlCommand, shellQuote } from './curl-command.ts';

describe('curlCommand', () => {
  it('reads the key from $LEONARDO_API_KEY and sends the body as JSON', () => {
    const command = curlCommand({
      method: 'POST',
      url: 'http://127.0.0.1:8787/api/rest/v1/generations',
      body: { prompt: 'a fox', width: 512 },
    });
    expect(command).toContain(
      `curl --request POST 'http://127.0.0.1:8787/api/rest/v1/generations'`,
    );
    expect(command).toContain('--header "Authorization: Bearer $LEONARDO_API_KEY"');
    expect(command).toContain(`--header 'Content-Type: application/json'`);
    expect(command).toContain('"prompt": "a fox"');
  });

  it('leaves out the body and content type for a GET', () => {
    const command = curlCommand({ method: 'GET', url: 'https://x.test/api/rest/v1/generations/1' });
    expect(command).not.toContain('--data');
    expect(command).not.toContain('Content-Type');
  });

  it('quotes prompts so the shell expands nothing in them', () => {
    expect(shellQuote(`it's $HOME`)).toBe(`'it'\\''s $HOME'`);
    const command = curlCommand({
      method: 'POST',
      url: 'https://x.test/g',
      body: { prompt: "a cat's `whoami` $(id)" },
    });
    expect(command).toContain(`'\\''s \`whoami\` $(id)`);
  });
});
