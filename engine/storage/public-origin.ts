import type { Server } from 'node:http';

/**
 * The origin of every URL the engine builds (stored files, upload forms): the configured public
 * URL, or else the address the server listens on. A request's Host header is never used: anyone
 * can forge it, and a forged one would send other people's browsers elsewhere.
 */
export class PublicOrigin {
  private listening: string | null = null;

  constructor(
    private readonly configured: string | null,
    private readonly listen: { host: string; port: number },
    private readonly server: () => Server,
  ) {}

  get value(): string {
    if (this.configured) return this.configured;
    if (this.listening) return this.listening;
    const address = this.server().address();
    if (address && typeof address === 'object') {
      return (this.listening = originOf(this.listen.host, address.port));
    }
    // Not listening (tests that inject): the address it would listen on.
    return originOf(this.listen.host, this.listen.port);
  }

  /** Absolute URL of a stored file. */
  readonly fileUrl = (relative: string): string => `${this.value}/files/${relative}`;
}

/** A wildcard address cannot be dialled: name the local machine instead. */
function originOf(host: string, port: number): string {
  const dialable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${dialable.includes(':') ? `[${dialable}]` : dialable}:${port}`;
}
