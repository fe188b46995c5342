import type { EngineContext } from '../context.ts';

// A 16×16 white JPEG: the smallest input that takes the realtime path end to end.
const WHITE_JPEG =
  'data:image/jpeg;base64,/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAQABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKpAB//Z';

/**
 * The first render in a worker pays for compiling the imaging code (about a second); paying it
 * at start keeps the first live-canvas answer and the first job as fast as the rest.
 */
export async function warmUp(ctx: Pick<EngineContext, 'realtime' | 'jobs'>): Promise<void> {
  const lcm = { prompt: 'warm up', style: null, strength: 0.5, guidance: 7, steps: 8, seed: 1 };
  await Promise.allSettled([
    ctx.realtime.warmUp({
      type: 'lcm',
      mode: 'generate',
      imageDataUrl: WHITE_JPEG,
      ...lcm,
      width: 512,
      height: 512,
    }),
    ctx.jobs.warmUp(),
  ]);
}
