import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client.ts';
import { getGeneration, storeGeneration } from '../../../api/generations.ts';
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

const textToImage: JobKindDefinition = {
  title: 'Text to image',
  opensInHistory: true,
  async poll({ client, queryClient }, id, signal) {
    const generation = await getGeneration(client, id, signal);
    // Every check refreshes History's copy, so a pending placeholder fills in without a refetch.
    storeGeneration(queryClient, client.baseUrl, generation);
    return {
      status: generation.status,
      message: generation.status === 'FAILED' ? 'The server could not make these images.' : null,
    };
  },
};

/**
 * The kinds the tray can follow. Motion and texture jobs join by adding their definition here
 * (a poll function reading GET /generations/{id} or GET /generations-texture/{id}).
 */
export const JOB_KINDS: Partial<Record<JobKind, JobKindDefinition>> = {
  'text-to-image': textToImage,
};
