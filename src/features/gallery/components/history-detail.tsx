import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Generation } from '../../../../contract/index.ts';
import { buildUrl } from '../../../api/client.ts';
import {
  generationKeys,
  generationPath,
  generationQueryOptions,
} from '../../../api/generations.ts';
import { modelName, platformModelsQueryOptions } from '../../../api/models.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { curlCommand } from '../../../lib/curl-command.ts';
import { useGenerationHandoff } from '../../../lib/generation-handoff.ts';
import { knownJobCost, usePendingJobs } from '../../../lib/pending-jobs.ts';
import { navigate } from '../../../lib/router.ts';
import { AnimatePanel } from './animate-panel.tsx';
import { GenerationDetail } from './generation-detail.tsx';

interface HistoryDetailProps {
  id: string;
  userId: string;
  /** The generation as the loaded list has it, if it does (opened from the tray, it may not). */
  fromList: Generation | undefined;
  onClose: () => void;
  onDelete: (generation: Generation) => void;
}

/** Wires the detail dialog: reads what the list lacks, names the model, hands off to other views. */
export function HistoryDetail({ id, userId, fromList, onClose, onDelete }: HistoryDetailProps) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const detailQuery = useQuery({ ...generationQueryOptions(client, id), enabled: !fromList });
  // Only the detail view shows model names: no request competes with History's first page.
  const models = useQuery(platformModelsQueryOptions(client));
  const cost = usePendingJobs((state) => knownJobCost(state.jobs, id));
  const generation = fromList ?? detailQuery.data;

  function reuse(chosen: Generation) {
    // Generate reads it through the same query, so it has it at once.
    queryClient.setQueryData(generationKeys.detail(client.baseUrl, chosen.id), chosen);
    useGenerationHandoff.getState().reuse(chosen.id);
    navigate('/generate');
  }

  return (
    <GenerationDetail
      generation={generation}
      loadError={detailQuery.isError ? detailQuery.error.message : null}
      modelLabel={generation ? modelName(models.data, generation.modelId) : ''}
      cost={cost}
      curl={curlCommand({ method: 'GET', url: buildUrl(client.baseUrl, generationPath(id)) })}
      onClose={onClose}
      onReuse={reuse}
      onOpenInCanvas={(url) => {
        const image = generation?.generated_images.find((candidate) => candidate.url === url);
        if (!generation || !image) return;
        const search = new URLSearchParams({ open: image.id, generation: generation.id });
        navigate(`/canvas?${search}`);
      }}
      onDelete={onDelete}
      imageActions={(image) =>
        // A video cannot be animated again; its still can, from its own generation.
        generation?.status === 'COMPLETE' && !generation.generated_images[0]?.motionMP4URL ? (
          <AnimatePanel userId={userId} imageId={image.id} prompt={generation.prompt} />
        ) : null
      }
    />
  );
}
