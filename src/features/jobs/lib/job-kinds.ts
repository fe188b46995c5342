import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client.ts';
import { getGeneration, storeGeneration } from '../../../api/generations.ts';
import {
  getTextureGeneration,
  storeTextureGeneration,
  textureKeys,
} from '../../../api/textures.ts';
import type { JobKind } from '../../../lib/pending-jobs.ts';
import type { PollResult } from './poll-loop.ts';

export interface PollContext {
  client: ApiClient;
  queryClient: QueryClient;
}

/** How the tray follows one kind of job: its name, and one status check. */
export interface JobKindDefinition {
  title: string;
  poll: (context: PollContext, id: string, signal: AbortSignal) => Promise<PollResult>;
  /** Whether a finished job has something to open in History. */
  opensInHistory: boolean;
}

/** Text-to-image and motion jobs are both generations, read with GET /generations/{id}. */
const generationKind = (title: string, failure: string): JobKindDefinition => ({
  title,
  opensInHistory: true,
  async poll({ client, queryClient }, id, signal) {
    const generation = await getGeneration(client, id, signal);
    // Every check refreshes History's copy, so a pending placeholder fills in without a refetch.
    storeGeneration(queryClient, client.baseUrl, generation);
    return {
      status: generation.status,
      message: generation.status === 'FAILED' ? failure : null,
    };
  },
});

const texture: JobKindDefinition = {
  title: 'Texture',
  opensInHistory: false,
  async poll({ client, queryClient }, id, signal) {
    const generation = await getTextureGeneration(client, id, signal);
    queryClient.setQueryData(textureKeys.detail(client.baseUrl, id), generation);
    storeTextureGeneration(queryClient, client.baseUrl, generation);
    return {
      status: generation.status,
      message:
        generation.status === 'FAILED' ? 'The server could not make these texture maps.' : null,
    };
  },
};

/** The kinds the tray follows, each with its own status check. */
export const JOB_KINDS: Partial<Record<JobKind, JobKindDefinition>> = {
  'text-to-image': generationKind('Text to image', 'The server could not make these images.'),
  motion: generationKind('Motion', 'The server could not make this video.'),
  texture,
};
