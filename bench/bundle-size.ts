import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

export interface BundlePart {
  /** The source the chunk was built from (`index.html`, `src/app/views/canvas-view.tsx`): stable across builds, unlike hashed file names. */
  name: string;
  gzipBytes: number;
  kind: 'entry' | 'lazy' | 'css';
}

/** The subset of Vite's `.vite/manifest.json` (build.manifest: true) read here. */
interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).byteLength;
}

/** A chunk plus everything it imports statically, transitively: what must load before it runs. */
function staticClosure(manifest: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...(manifest[key]?.imports ?? []));
  }
  return seen;
}

/**
 * Gzip sizes (level 9) of a Vite build: the first screen's JavaScript (entry chunks and their
 * static imports), each lazy chunk (a dynamic import, with whatever static imports it adds beyond
 * the first screen), and each CSS file. Each file is compressed on its own, as it is served.
 */
export async function measureBundle(distDir = 'dist'): Promise<BundlePart[]> {
  const root = resolve(distDir);
  const manifestPath = join(root, '.vite', 'manifest.json');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  } catch (cause) {
    throw new Error(
      `No Vite manifest at ${manifestPath}: build with \`build.manifest: true\` (or \`vite build --manifest\`).`,
      { cause },
    );
  }

  const sizes = new Map<string, number>();
  const sizeOf = async (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipBytes(await readFile(join(root, file)));
      sizes.set(file, size);
    }
    return size;
  };
  const jsBytes = async (keys: Iterable<string>) => {
    let total = 0;
    for (const key of keys) {
      const file = manifest[key]?.file;
      if (file?.endsWith('.js')) total += await sizeOf(file);
    }
    return total;
  };
  const label = (key: string) => manifest[key]?.src ?? manifest[key]?.name ?? key;

  const parts: BundlePart[] = [];
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const firstScreen = staticClosure(manifest, entryKeys);
  for (const key of entryKeys) {
    // Chunks shared by several entries are counted with each: each entry's page loads them all.
    parts.push({
      name: label(key),
      gzipBytes: await jsBytes(staticClosure(manifest, [key])),
      kind: 'entry',
    });
  }

  const lazyKeys = Object.keys(manifest).filter((key) => manifest[key]?.isDynamicEntry);
  for (const key of lazyKeys.sort()) {
    const extra = [...staticClosure(manifest, [key])].filter((k) => !firstScreen.has(k));
    parts.push({ name: label(key), gzipBytes: await jsBytes(extra), kind: 'lazy' });
  }

  // CSS, named after the first chunk that pulls it in; first-screen chunks come first.
  const cssOwners = new Map<string, string>();
  const ordered = [...firstScreen, ...Object.keys(manifest).filter((k) => !firstScreen.has(k))];
  for (const key of ordered) {
    const chunk = manifest[key];
    const files = [...(chunk?.css ?? []), ...(chunk?.file.endsWith('.css') ? [chunk.file] : [])];
    for (const file of files) if (!cssOwners.has(file)) cssOwners.set(file, label(key));
  }
  for (const [file, owner] of cssOwners) {
    parts.push({ name: owner, gzipBytes: await sizeOf(file), kind: 'css' });
  }
  return parts;
}

/**
 * Every JavaScript file of the build counted once (lazy chunks that import one another would
 * count the shared one each time), leaving out chunks whose source matches `exclude`.
 */
export async function totalJsBytes(distDir: string, exclude: RegExp): Promise<number> {
  const root = resolve(distDir);
  const manifest = JSON.parse(
    await readFile(join(root, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const files = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js') || exclude.test(chunk.src ?? chunk.name ?? key)) continue;
    files.add(chunk.file);
  }
  let total = 0;
  for (const file of files) total += gzipBytes(await readFile(join(root, file)));
  return total;
}

// `tsx bench/bundle-size.ts [distDir]` prints the table on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const parts = await measureBundle(process.argv[2]);
  for (const part of parts) {
    console.log(
      `${part.kind.padEnd(6)} ${(part.gzipBytes / 1024).toFixed(1).padStart(8)} kB  ${part.name}`,
    );
  }
}
