import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { generationQueryOptions } from '../../../api/generations.ts';
import { platformModelsQueryOptions } from '../../../api/models.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { useGenerationHandoff } from '../../../lib/generation-handoff.ts';
import { formFromGeneration } from '../lib/form-from-generation.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';

/**
 * Loads the settings of a generation handed over by History ("Reuse prompt") into the form, once
 * the generation (usually already cached) and the model list are known. Answers why it could not,
 * if it could not.
 */
export function useReuseHandoff(): string | null {
  const client = useApiClient();
  const reuseId = useGenerationHandoff((state) => state.reuseId);
  const clearReuse = useGenerationHandoff((state) => state.clearReuse);
  const [failure, setFailure] = useState<string | null>(null);
  const generation = useQuery({
    ...generationQueryOptions(client, reuseId ?? ''),
    enabled: reuseId !== null,
  });
  const models = useQuery(platformModelsQueryOptions(client));
  const modelsSettled = !models.isPending;

  useEffect(() => {
    if (reuseId === null) return;
    if (generation.isError) {
      setFailure(`Could not load that generation’s settings: ${generation.error.message}`);
      clearReuse();
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
    clearReuse();
  }, [
    reuseId,
    generation.data,
    generation.isError,
    generation.error,
    modelsSettled,
    models.data,
    clearReuse,
  ]);

  return failure;
}
