import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { generationQueryOptions } from '../../../api/generations.ts';
import { platformModelsQueryOptions } from '../../../api/models.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { fetchImageBytes } from '../../../lib/fetch-image.ts';
import {
  parseGenerationReference,
  readSettings,
  type SettingsSource,
} from '../../../lib/image-metadata/index.ts';
import { formFromGeneration } from '../lib/form-from-generation.ts';
import { settingsToFormPatch } from '../lib/presets-form-patch.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';

export interface ImportMessage {
  text: string;
  ok: boolean;
}

const SOURCE_TEXT: Record<SettingsSource, string> = {
  'leonardo-studio': 'Leonardo Studio’s settings',
  a1111: 'A1111’s parameters',
  invokeai: 'InvokeAI’s metadata',
};

/**
 * Restores the Generate form from what a user brings: an image file (the studio's own downloads,
 * A1111 PNGs, InvokeAI's images), a Leonardo generation id, or an image's URL. Says what it
 * found, and says so plainly when there was nothing to find.
 */
export function useImportSettings() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const models = useQuery(platformModelsQueryOptions(client));
  const modelIds = models.data ? models.data.map((m) => m.id) : null;
  const [message, setMessage] = useState<ImportMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const fromBytes = useCallback(
    (bytes: Uint8Array, what: string): boolean => {
      const found = readSettings(bytes);
      if (!found) return false;
      useGenerateForm.getState().update(settingsToFormPatch(found.settings, modelIds));
      setMessage({ text: `Loaded ${SOURCE_TEXT[found.source]} from ${what}.`, ok: true });
      return true;
    },
    [modelIds],
  );

  const fromGeneration = useCallback(
    async (generationId: string) => {
      const generation = await queryClient.fetchQuery(generationQueryOptions(client, generationId));
      const { form, replace } = useGenerateForm.getState();
      replace(formFromGeneration(generation, form, modelIds ?? []));
      setMessage({ text: 'Loaded the settings of that generation.', ok: true });
    },
    [client, queryClient, modelIds],
  );

  const run = useCallback(async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      setMessage({
        text: `Could not load those settings: ${error instanceof Error ? error.message : String(error)}`,
        ok: false,
      });
    } finally {
      setBusy(false);
    }
  }, []);

  const importFile = useCallback(
    (file: File) =>
      run(async () => {
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (!fromBytes(bytes, file.name)) {
          setMessage({ text: `${file.name} holds no generation settings.`, ok: false });
        }
      }),
    [run, fromBytes],
  );

  const importReference = useCallback(
    (text: string) =>
      run(async () => {
        const reference = parseGenerationReference(text);
        if (!reference) {
          setMessage({ text: 'That is neither a generation id nor an image URL.', ok: false });
          return;
        }
        if (reference.kind === 'generation') {
          await fromGeneration(reference.generationId);
          return;
        }
        // The file says the most (another tool's image says everything it has); where it cannot
        // be read, or says nothing, the generation its address names still can.
        let read = false;
        try {
          const image = await fetchImageBytes(reference.url);
          read = fromBytes(image.bytes, 'that image');
        } catch (error) {
          if (!reference.generationId) throw error;
        }
        if (read) return;
        if (reference.generationId) await fromGeneration(reference.generationId);
        else setMessage({ text: 'That image holds no generation settings.', ok: false });
      }),
    [run, fromBytes, fromGeneration],
  );

  return { importFile, importReference, message, busy };
}
