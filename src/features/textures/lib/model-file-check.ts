import { UPLOAD_LIMIT_BYTES } from '../../../../contract/limits.ts';

/** How much of a file the sniff reads: enough for a header comment and the first vertices. */
export const SNIFF_BYTES = 1024;

export type ModelFileCheck = { ok: true } | { ok: false; message: string };

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** OBJ statements (geometry, grouping, materials, free-form): anything else is not OBJ. */
const OBJ_KEYWORDS = new Set(
  (
    'v vt vn vp f l p o g s mg mtllib usemtl maplib usemap lod bevel c_interp d_interp ' +
    'shadow_obj trace_obj ctech stech cstype deg bmat step curv curv2 surf parm trim hole ' +
    'scrv sp end con call csh'
  ).split(' '),
);

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const FACE_INDEX = /^-?\d+(\/-?\d*){0,2}$/;

function isVertexLine(tokens: string[]): boolean {
  const values = tokens.slice(1);
  return values.length >= 3 && values.every((value) => NUMBER.test(value));
}

function isFaceLine(tokens: string[]): boolean {
  const values = tokens.slice(1);
  return values.length >= 3 && values.every((value) => FACE_INDEX.test(value));
}

/**
 * Whether the start of a file reads as OBJ text. `truncated` says the file goes on past `head`:
 * then the last, possibly cut, line is ignored, and a head with only comments and OBJ
 * statements but no vertex yet is given the benefit of the doubt (the server parses the rest).
 */
export function sniffObjText(head: string, truncated: boolean): ModelFileCheck {
  if (looksBinary(head)) {
    return { ok: false, message: 'This file is binary, not an OBJ text file.' };
  }
  const lines = head.split(/\r?\n/);
  if (truncated) lines.pop();
  let geometry = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed === '\\') continue;
    const tokens = trimmed.split(/\s+/);
    const keyword = tokens[0] ?? '';
    if (!OBJ_KEYWORDS.has(keyword)) {
      return { ok: false, message: `This file does not read as OBJ: “${clip(trimmed)}”.` };
    }
    if ((keyword === 'v' && isVertexLine(tokens)) || (keyword === 'f' && isFaceLine(tokens))) {
      geometry = true;
    }
  }
  if (geometry || truncated) return { ok: true };
  return { ok: false, message: 'This OBJ file has no vertices (`v x y z` lines).' };
}

/** NUL and other control characters (tab, CR, LF and form feed aside) never occur in OBJ text. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) return true;
  }
  return false;
}

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The checks that need only the file's name and size. */
export function checkModelFileMeta(file: { name: string; size: number }): ModelFileCheck {
  if (!/\.obj$/i.test(file.name)) {
    return {
      ok: false,
      message: `“${file.name}” is not an OBJ file. Choose a Wavefront .obj file.`,
    };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  if (file.size > UPLOAD_LIMIT_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is ${megabytes(file.size)}; the largest model the API accepts is ${megabytes(UPLOAD_LIMIT_BYTES)}.`,
    };
  }
  return { ok: true };
}

/** Name, size, then a look at the first kilobyte: all before anything is sent. */
export async function checkModelFile(file: File): Promise<ModelFileCheck> {
  const meta = checkModelFileMeta(file);
  if (!meta.ok) return meta;
  const head = await file.slice(0, SNIFF_BYTES).text();
  const sniff = sniffObjText(head, file.size > SNIFF_BYTES);
  return sniff.ok ? sniff : { ok: false, message: `“${file.name}”: ${sniff.message}` };
}

/** The model's name as the API stores it: the file name without `.obj`, at most 200 characters. */
export function modelNameFromFile(fileName: string): string {
  return (
    fileName
      .replace(/\.obj$/i, '')
      .trim()
      .slice(0, 200) || 'Untitled model'
  );
}
