import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateGenerationBody, CreateGenerationResponse } from '../../../../contract/index.ts';
import { createGeneration, generationKeys } from '../../../api/generations.ts';
import { noteJobStarted, type StartedJob } from '../../../api/jobs.ts';
import { meKeys } from '../../../api/me.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';

/** "12 CREDITS", from the create answer's cost (or its older integer form). */
export function costLabel(answer: CreateGenerationResponse): string | null {
  const { cost, apiCreditCost } = answer.sdGenerationJob;
  if (cost) return `${cost.amount} ${cost.unit}`;
  return apiCreditCost === null ? null : `${apiCreditCost} CREDITS`;
}

/**
 * POST /generations. On success the job is reported (the app hands it to the jobs tray), its
 * query learns it was just started, History's lists are invalidated so the pending generation
 * shows, and the token balance is read again.
 */
export function useCreateGeneration(onJobStarted: (job: StartedJob) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGenerationBody) => createGeneration(client, body),
    onSuccess: (answer, body) => {
      const id = answer.sdGenerationJob.generationId;
      const startedAt = Date.now();
      noteJobStarted(queryClient, client.baseUrl, 'text-to-image', id, startedAt);
      onJobStarted({
        id,
        kind: 'text-to-image',
        label: body.prompt,
        cost: costLabel(answer),
        startedAt,
      });
      void queryClient.invalidateQueries({ queryKey: generationKeys.lists(client.baseUrl) });
      void queryClient.invalidateQueries({ queryKey: meKeys.detail(client.baseUrl) });
    },
  });
}
