/**
 * What a pasted text points at, for "paste a Leonardo generation id or image URL" on Generate:
 * a generation (its settings come from GET /generations/{id}), or an image file to read the
 * settings from. Image URLs of Leonardo's CDN and of the local engine both carry the
 * generation's id as `/generations/<id>/`.
 */
export type GenerationReference =
  | { kind: 'generation'; generationId: string }
  | { kind: 'image-url'; url: string; generationId: string | null };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const BARE_ID = new RegExp(`^${UUID}$`, 'i');
const IN_PATH = new RegExp(`/generations?/(${UUID})(?:[/?#]|$)`, 'i');
const IN_QUERY = new RegExp(`[?&#]generationId=(${UUID})(?:&|$)`, 'i');

export function parseGenerationReference(text: string): GenerationReference | null {
  const trimmed = text.trim();
  if (BARE_ID.test(trimmed)) return { kind: 'generation', generationId: trimmed.toLowerCase() };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const id =
    (IN_PATH.exec(url.pathname) ?? IN_QUERY.exec(url.search + url.hash))?.[1]?.toLowerCase() ??
    null;
  const isImage = /\.(jpe?g|png|webp)$/i.test(url.pathname);
  if (isImage) return { kind: 'image-url', url: url.href, generationId: id };
  return id ? { kind: 'generation', generationId: id } : null;
}
