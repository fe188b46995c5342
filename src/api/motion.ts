import type { MotionBody, MotionResponse } from '../../contract/index.ts';
import type { ApiClient } from './client.ts';

export function createMotion(client: ApiClient, body: MotionBody): Promise<MotionResponse> {
  return client.post<MotionResponse>('/generations-motion-svd', body);
}

/** Newer answers name the job `motionSvdGenerationJob`, older ones `sdGenerationJob`. */
export function motionJob(answer: MotionResponse) {
  const job = answer.motionSvdGenerationJob ?? answer.sdGenerationJob;
  if (!job) throw new Error('The server did not answer a motion job id.');
  return job;
}
