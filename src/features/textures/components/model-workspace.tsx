import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ModelAsset, TextureGeneration } from '../../../../contract/index.ts';
import type { StartedJob } from '../../../api/jobs.ts';
import { texturesByModelQueryOptions } from '../../../api/textures.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { useSingleFlight } from '../../../hooks/use-single-flight.ts';
import { useWatchJobs } from '../../../hooks/use-watch-jobs.ts';
import { useTextureGeneration } from '../hooks/use-texture-generation.ts';
import { useCreateTexture, useDeleteTexture } from '../hooks/use-texture-mutations.ts';
import { mapUrls } from '../lib/texture-maps.ts';
import { ErrorAlert } from './error-alert.tsx';
import { ModelPreviewSlot } from './model-preview-slot.tsx';
import { TextureForm } from './texture-form.tsx';
import { TextureGenerationDetails } from './texture-generation-details.tsx';
import { TextureGenerationList } from './texture-generation-list.tsx';

interface ModelWorkspaceProps {
  model: ModelAsset;
  textureId: string | null;
  onOpenTexture: (id: string | null) => void;
  onJobStarted: (job: StartedJob) => void;
  onJobsDeleted: (ids: readonly string[]) => void;
}

const sectionHeading = 'text-lg font-semibold tracking-tight focus:outline-none';
const NO_MAPS = {};

/** One model: the texture form, its texture generations, the open one and the 3D preview. */
export function ModelWorkspace(props: ModelWorkspaceProps) {
  const { model, textureId, onOpenTexture, onJobStarted, onJobsDeleted } = props;
  const client = useApiClient();
  const formId = useId();
  const listId = useId();
  const previewId = useId();
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const [toDelete, setToDelete] = useState<TextureGeneration | null>(null);
  const [focusList, setFocusList] = useState(false);

  const list = useQuery(texturesByModelQueryOptions(client, model.id));
  // Running jobs in the list (started here, in another tab, before a reload) are watched through
  // their job queries; the list is refreshed when they settle.
  const pendingIds = useMemo(
    () => (list.data ?? []).filter((g) => g.status === 'PENDING').map((g) => g.id),
    [list.data],
  );
  useWatchJobs('texture', pendingIds);
  const create = useCreateTexture(onJobStarted, (id) => onOpenTexture(id));
  const flight = useSingleFlight();
  const remove = useDeleteTexture((id) => {
    if (id === textureId) onOpenTexture(null);
    setToDelete(null);
    // The deleted item's button is gone: focus its list once the dialog has let go.
    setFocusList(true);
  }, onJobsDeleted);
  const openQuery = useTextureGeneration(textureId);
  const open = textureId === null ? null : openQuery;
  const opened = open?.generation;
  const images = opened?.status === 'COMPLETE' ? opened.model_asset_texture_images : null;
  const maps = images ? mapUrls(images) : NO_MAPS;

  useEffect(() => {
    if (!focusList || toDelete) return;
    listHeadingRef.current?.focus();
    setFocusList(false);
  }, [focusList, toDelete]);

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div className="grid content-start gap-8">
        <section aria-labelledby={formId} className="grid gap-3">
          <h2 id={formId} className={sectionHeading}>
            New texture
          </h2>
          <TextureForm
            modelId={model.id}
            pending={flight.busy}
            error={create.error}
            // Paid: one request per activation, however fast they come.
            onSubmit={(body) => flight.run(() => create.mutateAsync(body))}
          />
        </section>
        <section aria-labelledby={listId} className="grid gap-3">
          <h2 id={listId} ref={listHeadingRef} tabIndex={-1} className={sectionHeading}>
            Texture generations
          </h2>
          <TextureGenerationList
            generations={list.data}
            pending={list.isPending}
            error={list.error}
            onRetry={() => void list.refetch()}
            openId={textureId}
            onOpen={onOpenTexture}
            onDelete={setToDelete}
          />
        </section>
      </div>
      <section aria-labelledby={previewId} className="grid content-start gap-3">
        <h2 id={previewId} className={sectionHeading}>
          3D preview
        </h2>
        <ModelPreviewSlot model={model} maps={maps} />
        {open ? (
          <TextureGenerationDetails texture={open} onClose={() => onOpenTexture(null)} />
        ) : (
          <p className="text-sm text-muted">
            Open a texture generation to see its maps here and on the model.
          </p>
        )}
      </section>
      {toDelete ? (
        <ConfirmDialog
          title="Delete this texture generation?"
          description={
            <p>
              “{toDelete.prompt}” and its maps will be deleted from the server. This cannot be
              undone.
            </p>
          }
          pending={remove.isPending}
          error={
            remove.error ? <ErrorAlert error={remove.error} prefix="Could not delete: " /> : null
          }
          onConfirm={() => remove.mutate(toDelete.id)}
          onCancel={() => {
            setToDelete(null);
            remove.reset();
          }}
        />
      ) : null}
    </div>
  );
}
