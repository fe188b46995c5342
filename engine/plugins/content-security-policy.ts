/**
 * The studio's Content-Security-Policy, in one place: the engine sends it as a header with the
 * pages it serves, and the build (vite.config.ts) writes it into index.html as a `<meta>` tag,
 * so a copy of `dist/` on any static host is held to the same policy.
 *
 * The studio calls whichever API server the user picks (this engine, Leonardo's cloud, an engine
 * on another origin, or a custom one), so connect-src stays open to http(s); image and video
 * URLs come from those servers and their CDNs, and blob:/data: URLs from the studio itself.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob: https: http:"],
  ['media-src', "'self' blob: https: http:"],
  ['connect-src', "'self' https: http:"],
  ['worker-src', "'self' blob:"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Browsers ignore these in a `<meta>` policy (and warn on the console): headers only. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const join = (directives: ReadonlyArray<readonly [string, string]>) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const CONTENT_SECURITY_POLICY = join(DIRECTIVES);
export const META_CONTENT_SECURITY_POLICY = join(
  DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)),
);
