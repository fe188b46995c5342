import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { ModelAsset } from '../../../../contract/index.ts';
import { meshQueryOptions } from '../../../api/models-3d.ts';
import { ErrorBoundary } from '../../../components/ui/error-boundary.tsx';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import type { PreviewMaps } from '../three/texture-preview.ts';
import { ErrorAlert } from './error-alert.tsx';

// three.js (~150 KB gzip) is its own chunk, fetched the first time a model is shown.
const ModelPreview = lazy(() =>
  import('./model-preview.tsx').then((module) => ({ default: module.ModelPreview })),
);

/** Fetches the model's OBJ file and shows it in the lazily loaded 3D preview. */
export function ModelPreviewSlot({ model, maps }: { model: ModelAsset; maps: PreviewMaps }) {
  const mesh = useQuery(meshQueryOptions(model.meshUrl));
  const name = model.name ?? 'Untitled model';
  const placeholder = (label: string) => (
    <div className="grid aspect-square place-items-center rounded-xl bg-surface-raised">
      <LoadingPanel label={label} />
    </div>
  );

  if (mesh.isPending) return placeholder(`Loading ${name}…`);
  if (mesh.isError) {
    return (
      <ErrorAlert
        error={mesh.error}
        prefix="The model file could not be loaded for the 3D preview: "
        onRetry={() => void mesh.refetch()}
      />
    );
  }
  return (
    <ErrorBoundary
      fallback={(error) => <ErrorAlert error={error} prefix="The 3D preview failed to load: " />}
    >
      <Suspense fallback={placeholder('Loading the 3D preview…')}>
        <ModelPreview modelName={name} objText={mesh.data} maps={maps} />
      </Suspense>
    </ErrorBoundary>
  );
}
