import type { MotionBody, MotionResponse } from '../../contract/index.ts';
import type { ApiClient } from './client.ts';
import { readJobTicket, type JobTicket } from './read-generation.ts';

export function createMotion(client: ApiClient, body: MotionBody): Promise<MotionResponse> {
  return client.post<MotionResponse>('/generations-motion-svd', body);
}

/**
 * Newer answers name the job `motionSvdGenerationJob`, older ones `sdGenerationJob` (the SDK
 * types both optional, and the cost within them too).
 */
export function motionJob(answer: Partial<MotionResponse> | undefined): JobTicket {
  const job =
    readJobTicket(answer?.motionSvdGenerationJob) ?? readJobTicket(answer?.sdGenerationJob);
  if (!job) throw new Error('The server did not answer a motion job id.');
  return job;
}
