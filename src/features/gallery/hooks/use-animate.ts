import { useMutation, useQueryClient } from '@tanstack/react-query';
import { generationKeys } from '../../../api/generations.ts';
import { meKeys } from '../../../api/me.ts';
import { createMotion, motionJob } from '../../../api/motion.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { usePendingJobs } from '../../../lib/pending-jobs.ts';

export interface AnimateRequest {
  imageId: string;
  prompt: string;
  motionStrength: number;
  isPublic: boolean;
}

/**
 * POST /generations-motion-svd for an image of History. The job goes to the jobs tray, and
 * History's lists are refreshed so the pending motion generation shows at once.
 */
export function useAnimate(userId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const addJob = usePendingJobs((state) => state.addJob);
  return useMutation({
    mutationFn: ({ imageId, motionStrength, isPublic }: AnimateRequest) =>
      createMotion(client, { imageId, motionStrength, isPublic }),
    onSuccess: (answer, request) => {
      const job = motionJob(answer);
      addJob({
        id: job.generationId,
        kind: 'motion',
        label: request.prompt || 'Motion',
        baseUrl: client.baseUrl,
        userId,
        cost: job.cost ? `${job.cost.amount} ${job.cost.unit}` : null,
      });
      void queryClient.invalidateQueries({ queryKey: generationKeys.lists(client.baseUrl) });
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}
