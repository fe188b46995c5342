import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { buildUrl } from '../../../api/client.ts';
import { generationKeys, generationQueryOptions } from '../../../api/generations.ts';
import { modelName, platformModelsQueryOptions } from '../../../api/models.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { curlCommand } from '../../../lib/curl-command.ts';
import { describeDownload, downloadImage } from '../../../lib/download-image.ts';
import { settingsFromGeneration } from '../../../lib/image-metadata/index.ts';
import type { HistoryIndex } from '../lib/history-index/index.ts';
import { useHistoryActions } from '../lib/history-actions.ts';
import { recreateRequest } from '../lib/recreate-request.ts';
import { AnimatePanel } from './animate-panel.tsx';
import { GenerationDetail } from './generation-detail.tsx';

interface HistoryDetailProps {
  id: string;
  /** The generation as the loaded list has it, if it does (opened from the tray, it may not). */
  fromList: Generation | undefined;
  /** Where favourites are kept. */
  index: HistoryIndex;
  onClose: () => void;
  onDelete: (generation: Generation) => void;
}

/** Wires the detail dialog: reads what the list lacks, names the model, hands off to other views. */
export function HistoryDetail({ id, fromList, index, onClose, onDelete }: HistoryDetailProps) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const actions = useHistoryActions();
  const detailQuery = useQuery({ ...generationQueryOptions(client, id), enabled: !fromList });
  // Only the detail view shows model names: no request competes with History's first page.
  const models = useQuery(platformModelsQueryOptions(client));
  const generation = fromList ?? detailQuery.data;
  const [favourite, setFavourite] = useState(() => index.isFavourite(id));
  const [downloadMessage, setDownloadMessage] = useState<string | null>(null);

  function reuse(chosen: Generation) {
    // Generate reads it through the same query, so it has it at once.
    queryClient.setQueryData(generationKeys.detail(client.baseUrl, chosen.id), chosen);
    actions.onReuse(chosen.id);
  }

  return (
    <GenerationDetail
      generation={generation}
      loadError={detailQuery.isError ? detailQuery.error.message : null}
      modelLabel={generation ? modelName(models.data, generation.modelId) : ''}
      cost={actions.jobCost(id)}
      curl={
        generation
          ? curlCommand({
              method: 'POST',
              url: buildUrl(client.baseUrl, '/generations'),
              body: recreateRequest(generation),
            })
          : ''
      }
      favourite={favourite}
      onToggleFavourite={() => {
        index.toggleFavourite(id);
        setFavourite((value) => !value);
      }}
      onClose={onClose}
      onReuse={reuse}
      onOpenInCanvas={(imageId) => actions.onOpenInCanvas(imageId, id)}
      onUseAsInit={actions.onUseAsInit}
      onDownload={(image) => {
        if (!generation) return;
        setDownloadMessage('Downloading…');
        downloadImage({
          url: image.url,
          imageId: image.id,
          settings: settingsFromGeneration(generation, {
            imageId: image.id,
            modelName: generation.modelId ? modelName(models.data, generation.modelId) : null,
          }),
        }).then(
          (outcome) => setDownloadMessage(describeDownload(outcome)),
          (error: unknown) =>
            setDownloadMessage(error instanceof Error ? error.message : 'The download failed.'),
        );
      }}
      downloadMessage={downloadMessage}
      onDelete={onDelete}
      imageActions={(image) =>
        // A video cannot be animated again; its still can, from its own generation.
        generation?.status === 'COMPLETE' && !generation.generated_images[0]?.motionMP4URL ? (
          <AnimatePanel imageId={image.id} prompt={generation.prompt} />
        ) : null
      }
    />
  );
}
