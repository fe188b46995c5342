import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import {
  TexturePreview,
  WebGLUnavailableError,
  type PreviewMaps,
} from '../three/texture-preview.ts';

export interface ModelPreviewProps {
  modelName: string;
  /** The model's OBJ text. */
  objText: string;
  maps: PreviewMaps;
}

type PreviewState =
  | { kind: 'starting' }
  | { kind: 'loading' }
  | { kind: 'ready'; textured: boolean }
  | { kind: 'maps-failed'; message: string }
  | { kind: 'unavailable'; message: string };

const describeMaps = (maps: PreviewMaps) =>
  (['ALBEDO', 'NORMAL', 'ROUGHNESS'] as const)
    .filter((type) => maps[type])
    .map((type) => type.toLowerCase())
    .join(', ');

/**
 * Mounts the three.js viewer (a plain module) and feeds it the model and maps. Loaded lazily:
 * three.js is its own chunk and arrives only when a model is shown.
 */
export function ModelPreview({ modelName, objText, maps }: ModelPreviewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<TexturePreview | null>(null);
  const [state, setState] = useState<PreviewState>({ kind: 'starting' });
  const [modelError, setModelError] = useState<string | null>(null);
  const hintId = useId();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let created: TexturePreview;
    try {
      created = new TexturePreview(
        container,
        { label: '3D preview', describedBy: hintId },
        {
          onContextLost: () =>
            setState({
              kind: 'unavailable',
              message: 'The 3D preview stopped: the browser took back its graphics context.',
            }),
        },
      );
    } catch (error) {
      const reason =
        error instanceof WebGLUnavailableError ? error.message : 'WebGL could not start.';
      setState({ kind: 'unavailable', message: `No 3D preview here: ${reason}` });
      return;
    }
    setPreview(created);
    return () => {
      created.dispose();
      setPreview(null);
    };
  }, [hintId]);

  useEffect(() => {
    if (!preview) return;
    try {
      preview.setModel(objText);
      setModelError(null);
    } catch (error) {
      setModelError(`This model could not be shown: ${(error as Error).message}`);
    }
  }, [preview, objText]);

  const mapsKey = JSON.stringify(maps);
  useEffect(() => {
    if (!preview) return;
    const wanted = JSON.parse(mapsKey) as PreviewMaps;
    let current = true;
    setState({ kind: 'loading' });
    preview.setMaps(wanted).then(
      () => current && setState({ kind: 'ready', textured: describeMaps(wanted) !== '' }),
      () =>
        current &&
        setState({
          kind: 'maps-failed',
          message: 'The texture maps could not be loaded into the 3D preview.',
        }),
    );
    return () => {
      current = false;
    };
  }, [preview, mapsKey]);

  if (state.kind === 'unavailable') {
    return (
      <div className="grid aspect-square place-items-center rounded-xl border border-dashed border-border p-6 text-center text-sm text-muted">
        <p>{state.message} The maps are still shown as images below, and can be downloaded.</p>
      </div>
    );
  }

  return (
    <figure className="grid gap-2">
      <div
        ref={containerRef}
        aria-busy={state.kind === 'starting' || state.kind === 'loading'}
        className="aspect-square w-full overflow-hidden rounded-xl bg-surface-raised"
      />
      <figcaption className="flex flex-wrap items-start justify-between gap-2 text-sm">
        <div>
          <p role="status" className="font-medium">
            {modelError ? `${modelName} could not be shown` : statusText(state, modelName, maps)}
          </p>
          <p id={hintId} className="text-xs text-muted">
            Drag to orbit, scroll to zoom. With the preview focused, Shift + arrow keys orbit and
            arrow keys pan.
          </p>
        </div>
        <Button variant="ghost" onClick={() => preview?.resetView()} disabled={!preview}>
          Reset view
        </Button>
      </figcaption>
      {modelError || state.kind === 'maps-failed' ? (
        <p role="alert" className="text-sm text-danger">
          {modelError ?? (state.kind === 'maps-failed' ? state.message : null)}
        </p>
      ) : null}
    </figure>
  );
}

function statusText(state: PreviewState, modelName: string, maps: PreviewMaps): string {
  switch (state.kind) {
    case 'starting':
    case 'loading':
      return `Loading ${modelName} into the 3D preview…`;
    case 'ready':
      return state.textured
        ? `${modelName} with ${describeMaps(maps)} maps`
        : `${modelName}, untextured`;
    case 'maps-failed':
      return `${modelName}, untextured`;
    case 'unavailable':
      return state.message;
  }
}
