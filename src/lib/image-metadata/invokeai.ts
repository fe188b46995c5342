import { EMPTY_SETTINGS, type GenerationSettings } from './settings.ts';

/**
 * InvokeAI's metadata, in its three forms: `invokeai_metadata` JSON (3.x and later), the older
 * `sd-metadata` JSON (2.x) and the oldest `Dream` command line. Only what maps to the studio's
 * settings is read; anything malformed reads as nothing.
 */

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function parseJson(text: string): Json | null {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

function settings(
  fields: Partial<GenerationSettings> & { prompt: string },
): GenerationSettings | null {
  if (fields.prompt.trim() === '') return null;
  return { ...EMPTY_SETTINGS, otherParameters: {}, ...fields };
}

/** InvokeAI 2.x wrote the negative prompt inside the prompt, in square brackets. */
function splitBracketNegative(prompt: string): { prompt: string; negativePrompt: string | null } {
  const negatives: string[] = [];
  const positive = prompt.replace(/\[([^[\]]*)\]/g, (_whole, inner: string) => {
    if (inner.trim()) negatives.push(inner.trim());
    return '';
  });
  return {
    prompt: positive.replace(/\s{2,}/g, ' ').trim(),
    negativePrompt: negatives.length ? negatives.join(', ') : null,
  };
}

/** `invokeai_metadata`: flat JSON with positive_prompt, cfg_scale, and a model object. */
export function parseInvokeAiMetadata(text: string): GenerationSettings | null {
  const json = parseJson(text);
  if (!json) return null;
  const model = isRecord(json.model) ? json.model : null;
  const modelName = str(model?.model_name) ?? str(model?.name) ?? str(json.model);
  return settings({
    prompt: str(json.positive_prompt) ?? '',
    negativePrompt: str(json.negative_prompt),
    modelName,
    width: num(json.width),
    height: num(json.height),
    seed: num(json.seed),
    guidanceScale: num(json.cfg_scale),
    steps: num(json.steps),
    sampler: str(json.scheduler),
    otherParameters: str(model?.base_model ?? model?.base)
      ? { 'Base model': String(model?.base_model ?? model?.base) }
      : {},
  });
}

/** `sd-metadata`: app and model facts at the top, the generation under `image`. */
export function parseSdMetadata(text: string): GenerationSettings | null {
  const json = parseJson(text);
  const image = json && isRecord(json.image) ? json.image : null;
  if (!json || !image) return null;
  const prompts = image.prompt;
  const prompt = Array.isArray(prompts)
    ? prompts
        .map((p) => (isRecord(p) ? str(p.prompt) : null))
        .filter((p): p is string => p !== null)
        .join(' ')
    : (str(prompts) ?? '');
  const split = splitBracketNegative(prompt);
  return settings({
    ...split,
    modelName: str(json.model_weights) ?? str(json.model),
    width: num(image.width),
    height: num(image.height),
    seed: num(image.seed),
    guidanceScale: num(image.cfg_scale),
    steps: num(image.steps),
    sampler: str(image.sampler),
  });
}

/** `Dream`: `"a prompt [negative]" -s 50 -S 42 -W 512 -H 512 -C 7.5 -A k_lms`. */
export function parseDream(text: string): GenerationSettings | null {
  const match = /^\s*"((?:\\.|[^"\\])*)"(.*)$/s.exec(text);
  if (!match) return null;
  const flags = new Map<string, string>();
  for (const flag of match[2]!.matchAll(/(?:^|\s)-([a-zA-Z])\s+(\S+)/g))
    flags.set(flag[1]!, flag[2]!);
  const flagNumber = (name: string) => {
    const value = Number(flags.get(name));
    return flags.has(name) && Number.isFinite(value) ? value : null;
  };
  return settings({
    ...splitBracketNegative(match[1]!.replace(/\\(.)/g, '$1')),
    steps: flagNumber('s'),
    seed: flagNumber('S'),
    width: flagNumber('W'),
    height: flagNumber('H'),
    guidanceScale: flagNumber('C'),
    sampler: flags.get('A') ?? null,
  });
}
