import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateGenerationBody, CreateGenerationResponse } from '../../../../contract/index.ts';
import { createGeneration, generationKeys } from '../../../api/generations.ts';
import { meKeys } from '../../../api/me.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { usePendingJobs } from '../../../lib/pending-jobs.ts';

/** "12 CREDITS", from the create answer's cost (or its older integer form). */
export function costLabel(answer: CreateGenerationResponse): string | null {
  const { cost, apiCreditCost } = answer.sdGenerationJob;
  if (cost) return `${cost.amount} ${cost.unit}`;
  return apiCreditCost === null ? null : `${apiCreditCost} CREDITS`;
}

/**
 * POST /generations. On success the job goes to the jobs tray (which follows it), History's
 * lists are invalidated so the pending generation shows, and the token balance is refreshed.
 */
export function useCreateGeneration(userId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const addJob = usePendingJobs((state) => state.addJob);
  return useMutation({
    mutationFn: (body: CreateGenerationBody) => createGeneration(client, body),
    onSuccess: (answer, body) => {
      addJob({
        id: answer.sdGenerationJob.generationId,
        kind: 'text-to-image',
        label: body.prompt,
        baseUrl: client.baseUrl,
        userId,
        cost: costLabel(answer),
      });
      void queryClient.invalidateQueries({ queryKey: generationKeys.lists(client.baseUrl) });
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}
