import { useMutation, useQueryClient } from '@tanstack/react-query';
import { generationKeys } from '../../../api/generations.ts';
import { noteJobStarted, type StartedJob } from '../../../api/jobs.ts';
import { meKeys } from '../../../api/me.ts';
import { createMotion, motionJob } from '../../../api/motion.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';

export interface AnimateRequest {
  imageId: string;
  prompt: string;
  motionStrength: number;
  isPublic: boolean;
  /** The image is a variation (an upscale) rather than a generated image: the API must be told. */
  isVariation?: boolean;
}

/**
 * POST /generations-motion-svd for an image of History. The job is reported (the app hands it to
 * the jobs tray), and History's lists are invalidated so the pending motion generation shows.
 */
export function useAnimate(onJobStarted: (job: StartedJob) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ imageId, motionStrength, isPublic, isVariation }: AnimateRequest) =>
      createMotion(client, {
        imageId,
        motionStrength,
        isPublic,
        ...(isVariation ? { isVariation: true } : {}),
      }),
    onSuccess: (answer, request) => {
      const job = motionJob(answer);
      const startedAt = Date.now();
      noteJobStarted(queryClient, client.baseUrl, 'motion', job.generationId, startedAt);
      onJobStarted({
        id: job.generationId,
        kind: 'motion',
        label: request.prompt || 'Motion',
        cost: job.cost ? `${job.cost.amount} ${job.cost.unit}` : null,
        startedAt,
      });
      void queryClient.invalidateQueries({ queryKey: generationKeys.lists(client.baseUrl) });
      void queryClient.invalidateQueries({ queryKey: meKeys.detail(client.baseUrl) });
    },
  });
}
