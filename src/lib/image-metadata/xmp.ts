import type { GenerationSettings } from './settings.ts';

/** The studio's own XMP namespace: its settings are one JSON property in it. */
export const XMP_NAMESPACE = 'urn:leonardo-studio:settings:1';
const PREFIX = 'lstudio';

/** Drops the characters XML 1.0 cannot hold at all (most C0 controls, U+FFFE, U+FFFF). */
function xmlCharacters(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const allowed = code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    if (allowed && code !== 0xfffe && code !== 0xffff) out += char;
  }
  return out;
}

const escapeXml = (text: string) =>
  xmlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * One rdf:Description with the settings as JSON, and (when `describe`) the prompt as
 * dc:description, which photo tools show as the image's caption.
 */
function description(settings: GenerationSettings, describe: boolean): string {
  const caption = describe
    ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(settings.prompt)}</rdf:li></rdf:Alt></dc:description>`
    : '';
  return (
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:${PREFIX}="${XMP_NAMESPACE}">` +
    `${caption}<${PREFIX}:settings>${escapeXml(JSON.stringify(settings))}</${PREFIX}:settings>` +
    '</rdf:Description>'
  );
}

/** A complete XMP packet holding the settings. */
export function buildXmp(settings: GenerationSettings): string {
  return (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    description(settings, true) +
    '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
}

export const isOwnXmp = (packet: string) => packet.includes(XMP_NAMESPACE);

/**
 * Another tool's packet with the studio's description added beside its own (XMP allows several),
 * or null when the packet has no rdf:RDF to add it to. Its own caption is left alone.
 */
export function mergeIntoXmp(packet: string, settings: GenerationSettings): string | null {
  const end = packet.lastIndexOf('</rdf:RDF>');
  if (end < 0) return null;
  return packet.slice(0, end) + description(settings, false) + packet.slice(end);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The JSON the studio stored in a packet, parsed, or null. The prefix is looked up from the
 * namespace, since a tool that rewrites the packet may rename it; both the element and the
 * attribute forms of a simple property are read.
 */
export function readXmpSettings(packet: string): unknown {
  const declared = new RegExp(
    `xmlns:([\\w.-]+)\\s*=\\s*["']${escapeRegExp(XMP_NAMESPACE)}["']`,
  ).exec(packet);
  if (!declared) return null;
  const prefix = escapeRegExp(declared[1]!);
  const element = new RegExp(
    `<${prefix}:settings(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}:settings>`,
  ).exec(packet);
  const attribute = element
    ? null
    : new RegExp(`\\s${prefix}:settings\\s*=\\s*"([^"]*)"`).exec(packet);
  const text = element?.[1] ?? attribute?.[1];
  if (text === undefined) return null;
  try {
    return JSON.parse(unescapeXml(text)) as unknown;
  } catch {
    return null;
  }
}
