import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { ModelAsset, TextureGeneration } from '../../../../contract/index.ts';
import { texturesByModelQueryOptions } from '../../../api/textures.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
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
  userId: string | undefined;
  textureId: string | null;
  onOpenTexture: (id: string | null) => void;
}

const sectionHeading = 'text-lg font-semibold tracking-tight focus:outline-none';
const NO_MAPS = {};

/** One model: the texture form, its texture generations, the open one and the 3D preview. */
export function ModelWorkspace({ model, userId, textureId, onOpenTexture }: ModelWorkspaceProps) {
  const client = useApiClient();
  const formId = useId();
  const listId = useId();
  const previewId = useId();
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const [toDelete, setToDelete] = useState<TextureGeneration | null>(null);
  const [focusList, setFocusList] = useState(false);

  const list = useQuery(texturesByModelQueryOptions(client, model.id));
  const create = useCreateTexture(userId, (id) => onOpenTexture(id));
  const remove = useDeleteTexture((id) => {
    if (id === textureId) onOpenTexture(null);
    setToDelete(null);
    // The deleted item's button is gone: focus its list once the dialog has let go.
    setFocusList(true);
  });
  const openQuery = useTextureGeneration(textureId);
  const open = textureId === null ? null : openQuery;
  const images = open?.data?.status === 'COMPLETE' ? open.data.model_asset_texture_images : null;
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
            pending={create.isPending}
            error={create.error}
            onSubmit={(body) => create.mutate(body)}
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
          <TextureGenerationDetails query={open} onClose={() => onOpenTexture(null)} />
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
