/**
 * Which model and texture generation are open lives in the address (`?model=…&texture=…`), so a
 * reload or a shared link opens the same thing, and Back/Forward keep working as before.
 */
export interface TextureSelection {
  modelId: string | null;
  textureId: string | null;
}

const PARAMS = { modelId: 'model', textureId: 'texture' } as const;
// Ids are UUIDs; anything else in the address is ignored rather than sent to the API.
const ID = /^[0-9a-f-]{8,64}$/i;

function readId(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value && ID.test(value) ? value : null;
}

export function readSelection(search: string): TextureSelection {
  const params = new URLSearchParams(search);
  const modelId = readId(params, PARAMS.modelId);
  // A texture belongs to a model: without one, there is nothing to open it in.
  return { modelId, textureId: modelId ? readId(params, PARAMS.textureId) : null };
}

/** The search string for `next`, keeping any other parameters as they were. */
export function writeSelection(search: string, next: TextureSelection): string {
  const params = new URLSearchParams(search);
  for (const [field, name] of Object.entries(PARAMS) as Array<[keyof TextureSelection, string]>) {
    const value = next[field];
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
