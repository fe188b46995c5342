import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ModelAsset } from '../../../../contract/index.ts';
import type { StartedJob } from '../../../api/jobs.ts';
import { modelsQueryOptions } from '../../../api/models-3d.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { useDeleteModel } from '../hooks/use-model-mutations.ts';
import { useTextureSelection } from '../hooks/use-texture-selection.ts';
import { useUserId } from '../hooks/use-user-id.ts';
import { ErrorAlert } from './error-alert.tsx';
import { ModelList, modelName } from './model-list.tsx';
import { ModelUploadForm } from './model-upload-form.tsx';
import { ModelWorkspace } from './model-workspace.tsx';

const sectionHeading = 'text-lg font-semibold tracking-tight';
const NO_USER = new Error('The server sent no user details for this key.');

interface TexturesPageProps {
  /** A texture job was started: the app hands it to the jobs tray. */
  onJobStarted: (job: StartedJob) => void;
  /** These texture generations were deleted on the server. */
  onJobsDeleted: (ids: readonly string[]) => void;
}

/** The Textures view: upload OBJ models, texture them, and see the maps on the model in 3D. */
export function TexturesPage({ onJobStarted, onJobsDeleted }: TexturesPageProps) {
  const client = useApiClient();
  const { me, userId } = useUserId();
  const { modelId, textureId, select } = useTextureSelection();
  const models = useQuery({ ...modelsQueryOptions(client, userId ?? ''), enabled: !!userId });
  const [toDelete, setToDelete] = useState<ModelAsset | null>(null);
  const removeModel = useDeleteModel((id) => {
    if (id === modelId) select({ modelId: null, textureId: null });
    setToDelete(null);
  });
  const selected = models.data?.find((model) => model.id === modelId);

  return (
    <section aria-labelledby="view-heading" className="mx-auto grid max-w-7xl gap-6">
      <div>
        <h1 id="view-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight">
          Textures
        </h1>
        <p className="mt-1 text-sm text-muted">
          Upload a 3D model as OBJ, describe a material, and get albedo, normal, roughness and
          displacement maps, shown on the model in a 3D preview.
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <div className="grid content-start gap-8">
          <section aria-labelledby="upload-heading" className="grid gap-3">
            <h2 id="upload-heading" className={sectionHeading}>
              Upload a model
            </h2>
            <ModelUploadForm onUploaded={(id) => select({ modelId: id, textureId: null })} />
          </section>
          <section aria-labelledby="models-heading" className="grid gap-3">
            <h2 id="models-heading" className={sectionHeading}>
              Your models
            </h2>
            {me.isError ? (
              <ErrorAlert
                error={me.error}
                prefix="Could not load your account: "
                onRetry={() => void me.refetch()}
              />
            ) : (
              <ModelList
                models={models.data}
                pending={!userId ? !me.isSuccess : models.isPending}
                error={models.error ?? (userId ? null : NO_USER)}
                onRetry={() => void models.refetch()}
                selectedId={modelId}
                onSelect={(id) => select({ modelId: id })}
                onDelete={setToDelete}
              />
            )}
          </section>
        </div>
        <div className="min-w-0">
          {selected ? (
            <ModelWorkspace
              key={selected.id}
              model={selected}
              textureId={textureId}
              onOpenTexture={(id) => select({ textureId: id })}
              onJobStarted={onJobStarted}
              onJobsDeleted={onJobsDeleted}
            />
          ) : (
            <EmptyWorkspace
              loading={models.isPending && !!modelId}
              missing={!!modelId && models.isSuccess}
              onClear={() => select({ modelId: null, textureId: null })}
            />
          )}
        </div>
      </div>
      {toDelete ? (
        <ConfirmDialog
          title="Delete this model?"
          description={
            <p>
              “{modelName(toDelete)}” and all its texture generations will be deleted from the
              server. This cannot be undone.
            </p>
          }
          pending={removeModel.isPending}
          error={
            removeModel.error ? (
              <ErrorAlert error={removeModel.error} prefix="Could not delete: " />
            ) : null
          }
          onConfirm={() => removeModel.mutate(toDelete.id)}
          onCancel={() => {
            setToDelete(null);
            removeModel.reset();
          }}
        />
      ) : null}
    </section>
  );
}

function EmptyWorkspace(props: { loading: boolean; missing: boolean; onClear: () => void }) {
  if (props.loading) return <LoadingPanel label="Loading the model…" />;
  return (
    <div className="grid min-h-64 place-items-center rounded-2xl border border-dashed border-border p-8 text-center">
      {props.missing ? (
        <div className="grid justify-items-center gap-3">
          <p className="text-sm text-muted">
            The model in this link is not among your models: it may have been deleted.
          </p>
          <Button onClick={props.onClear}>Close it</Button>
        </div>
      ) : (
        <p className="max-w-sm text-sm text-muted">
          Pick one of your models, or upload an OBJ file, to generate textures for it.
        </p>
      )}
    </div>
  );
}
