import { describe, expect, it } from 'vitest';
import type { MotionResponse } from '../../contract/index.ts';
import { motionJob } from './motion.ts';

const job = {
  generationId: 'g-1',
  apiCreditCost: 25,
  cost: { amount: '25', unit: 'CREDITS' as const },
};

describe('motionJob', () => {
  it('reads the newer and the older name of the job', () => {
    expect(motionJob({ motionSvdGenerationJob: job }).generationId).toBe('g-1');
    expect(motionJob({ sdGenerationJob: job } as unknown as MotionResponse).generationId).toBe(
      'g-1',
    );
  });

  it('refuses an answer without a job', () => {
    expect(() => motionJob({} as MotionResponse)).toThrow(/motion job id/);
  });
});
