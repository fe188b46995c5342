import type * as MaskExport from './mask-export.ts';

let loading: Promise<typeof MaskExport> | null = null;

/** The mask encoders, fetched once; asked for as soon as a mask or new frame area exists. */
export function loadMaskExport(): Promise<typeof MaskExport> {
  loading ??= import('./mask-export.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
