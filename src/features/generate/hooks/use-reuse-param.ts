import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { generationQueryOptions } from '../../../api/generations.ts';
import { platformModelsQueryOptions } from '../../../api/models.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { replaceSearchParam, useSearchParam } from '../../../lib/router.ts';
import { formFromGeneration } from '../lib/form-from-generation.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';

export const REUSE_PARAM = 'reuse';
// Ids are UUIDs; anything else in the address is ignored rather than sent to the API.
const ID = /^[0-9a-f-]{8,64}$/i;

/**
 * `/generate?reuse=<generationId>` ("Reuse prompt" in History): loads that generation's settings
 * into the form once the generation (usually cached) and the model list are known, then removes
 * the parameter, so a reload does not load them over the user's edits. Answers why it could not,
 * if it could not.
 */
export function useReuseParam(): string | null {
  const client = useApiClient();
  const param = useSearchParam(REUSE_PARAM);
  const reuseId = param && ID.test(param) ? param : null;
  const [failure, setFailure] = useState<string | null>(null);
  const generation = useQuery({
    ...generationQueryOptions(client, reuseId ?? ''),
    enabled: reuseId !== null,
  });
  const models = useQuery(platformModelsQueryOptions(client));
  const modelsSettled = !models.isPending;

  useEffect(() => {
    if (param !== null && reuseId === null) replaceSearchParam(REUSE_PARAM, null);
    if (reuseId === null) return;
    if (generation.isError) {
      setFailure(`Could not load that generation’s settings: ${generation.error.message}`);
      replaceSearchParam(REUSE_PARAM, null);
      return;
    }
    if (!generation.data || !modelsSettled) return;
    const { form, replace } = useGenerateForm.getState();
    replace(
      formFromGeneration(
        generation.data,
        form,
        (models.data ?? []).map((m) => m.id),
      ),
    );
    setFailure(null);
    replaceSearchParam(REUSE_PARAM, null);
  }, [
    param,
    reuseId,
    generation.data,
    generation.isError,
    generation.error,
    modelsSettled,
    models.data,
  ]);

  return failure;
}
