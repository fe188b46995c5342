import { EMPTY_SETTINGS, type GenerationSettings } from './settings.ts';

/**
 * AUTOMATIC1111's "parameters" text, which most image tools read and write: the prompt, a
 * "Negative prompt:" line, then one line of "Key: value" pairs. Leonardo's own settings travel as
 * extra keys on that line, so the studio reads its own text back whole.
 */

type NumberField =
  | 'steps'
  | 'guidanceScale'
  | 'seed'
  | 'numImages'
  | 'initStrength'
  | 'photoRealStrength'
  | 'promptMagicStrength';
type StringField =
  | 'sampler'
  | 'modelName'
  | 'modelId'
  | 'presetStyle'
  | 'photoRealVersion'
  | 'promptMagicVersion'
  | 'generationId'
  | 'imageId';
type BooleanField = 'alchemy' | 'photoReal' | 'promptMagic';

// The order A1111 writes its own keys in, then Leonardo's.
const KEYS: ReadonlyArray<
  | { key: string; field: NumberField; type: 'number' }
  | { key: string; field: StringField; type: 'string' }
  | { key: string; field: BooleanField; type: 'boolean' }
> = [
  { key: 'Steps', field: 'steps', type: 'number' },
  { key: 'Sampler', field: 'sampler', type: 'string' },
  { key: 'CFG scale', field: 'guidanceScale', type: 'number' },
  { key: 'Seed', field: 'seed', type: 'number' },
  { key: 'Model', field: 'modelName', type: 'string' },
  { key: 'Model id', field: 'modelId', type: 'string' },
  { key: 'Batch size', field: 'numImages', type: 'number' },
  { key: 'Style', field: 'presetStyle', type: 'string' },
  { key: 'Alchemy', field: 'alchemy', type: 'boolean' },
  { key: 'PhotoReal', field: 'photoReal', type: 'boolean' },
  { key: 'PhotoReal version', field: 'photoRealVersion', type: 'string' },
  { key: 'PhotoReal strength', field: 'photoRealStrength', type: 'number' },
  { key: 'Prompt Magic', field: 'promptMagic', type: 'boolean' },
  { key: 'Prompt Magic version', field: 'promptMagicVersion', type: 'string' },
  { key: 'Prompt Magic strength', field: 'promptMagicStrength', type: 'number' },
  { key: 'Init strength', field: 'initStrength', type: 'number' },
  { key: 'Generation id', field: 'generationId', type: 'string' },
  { key: 'Image id', field: 'imageId', type: 'string' },
];
const SIZE_KEY = 'Size';
const VERSION_KEY = 'Version';
/** A1111 ends its line with its version; the studio does the same, which also makes sure the line has the three pairs readers look for. */
const OWN_VERSION = 'Leonardo Studio';
const NEGATIVE = 'Negative prompt:';

/** Whether a parameters text is one the studio wrote (it ends with the studio's Version pair). */
export const isOwnParametersText = (text: string) =>
  new RegExp(`(^|,)\\s*${VERSION_KEY}: ${OWN_VERSION}\\s*$`).test(text.trim());

/** A1111 quotes a value that has a comma, a colon or a line break in it, JSON-style. */
function quote(value: string): string {
  return /[,:\n"]/.test(value) ? JSON.stringify(value) : value;
}

function unquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}

const formatNumber = (n: number) =>
  Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4)));

export function toA1111Parameters(settings: GenerationSettings): string {
  const pairs: string[] = [];
  const known = new Set<string>([SIZE_KEY, VERSION_KEY]);
  for (const entry of KEYS) {
    known.add(entry.key);
    const value = settings[entry.field];
    if (value === null) continue;
    const text = typeof value === 'number' ? formatNumber(value) : String(value);
    pairs.push(`${entry.key}: ${quote(text)}`);
    // A1111 puts Size right after Seed.
    if (entry.key === 'Seed' && settings.width !== null && settings.height !== null) {
      pairs.push(`${SIZE_KEY}: ${settings.width}x${settings.height}`);
    }
  }
  if (settings.seed === null && settings.width !== null && settings.height !== null) {
    pairs.push(`${SIZE_KEY}: ${settings.width}x${settings.height}`);
  }
  for (const [key, value] of Object.entries(settings.otherParameters)) {
    if (!known.has(key) && /^\w[\w \-/]*$/.test(key)) pairs.push(`${key}: ${quote(value)}`);
  }
  pairs.push(`${VERSION_KEY}: ${OWN_VERSION}`);
  const lines = [settings.prompt.trim()];
  const negative = settings.negativePrompt?.trim();
  if (negative) lines.push(`${NEGATIVE} ${negative}`);
  lines.push(pairs.join(', '));
  return lines.join('\n');
}

/** A1111's own pattern for one pair (`re_param`): a key, a colon, a quoted or plain value. */
const PAIR = /\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$)/g;
/** The pair pattern backtracks on long lines without pairs: longer lines are no parameter line. */
const MAX_PARAMETER_LINE = 20_000;

function pairsOf(line: string): Array<[string, string]> {
  if (line.length > MAX_PARAMETER_LINE) return [];
  return Array.from(line.matchAll(PAIR), (m) => [m[1]!, m[2]!.trim()] as [string, string]);
}

function readNumber(text: string): number | null {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function readBoolean(text: string): boolean | null {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'on' || lower === 'yes') return true;
  if (lower === 'false' || lower === 'off' || lower === 'no') return false;
  return null;
}

export interface A1111ParseOptions {
  /**
   * Only accept text that ends with a line of at least three pairs, as A1111 does: for places
   * that hold any comment (a JPEG COM segment), not only parameters.
   */
  requireParameterLine?: boolean;
}

/** Reads a parameters text as A1111 does (`parse_generation_parameters`); null when it holds no prompt. */
export function parseA1111Parameters(
  text: string,
  options: A1111ParseOptions = {},
): GenerationSettings | null {
  const lines = text.trim().replace(/\r\n?/g, '\n').split('\n');
  let last = lines.pop() ?? '';
  let pairs = pairsOf(last);
  // The studio's own line counts even when it has fewer than A1111's three pairs.
  if (pairs.length < 3 && !(pairs.length > 0 && isOwnParametersText(last))) {
    if (options.requireParameterLine) return null;
    lines.push(last);
    last = '';
    pairs = [];
  }
  const prompt: string[] = [];
  const negative: string[] = [];
  let inNegative = false;
  for (const raw of lines) {
    let line = raw.trim();
    if (line.startsWith(NEGATIVE)) {
      inNegative = true;
      line = line.slice(NEGATIVE.length).trim();
    }
    (inNegative ? negative : prompt).push(line);
  }
  const settings: GenerationSettings = {
    ...EMPTY_SETTINGS,
    prompt: prompt.join('\n').trim(),
    negativePrompt: inNegative ? negative.join('\n').trim() : null,
    otherParameters: {},
  };
  const mutable = settings as unknown as Record<string, unknown>;
  for (const [key, rawValue] of pairs) {
    const value = unquote(rawValue);
    const entry = KEYS.find((k) => k.key === key);
    if (key === SIZE_KEY) {
      const size = /^(\d+)\s*x\s*(\d+)$/.exec(value);
      if (size) {
        settings.width = Number(size[1]);
        settings.height = Number(size[2]);
        continue;
      }
    } else if (key === VERSION_KEY && value === OWN_VERSION) {
      continue;
    } else if (entry) {
      const parsed =
        entry.type === 'number'
          ? readNumber(value)
          : entry.type === 'boolean'
            ? readBoolean(value)
            : value;
      if (parsed !== null) {
        mutable[entry.field] = parsed;
        continue;
      }
    }
    settings.otherParameters[key] = value;
  }
  if (settings.prompt === '' && pairs.length === 0) return null;
  return settings;
}
