import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_FINISHED_JOBS,
  PENDING_JOBS_STORAGE_KEY,
  knownJobCost,
  readStoredJobs,
  usePendingJobs,
  type NewJob,
} from './pending-jobs.ts';

const job = (id: string): NewJob => ({
  id,
  kind: 'text-to-image',
  label: `prompt ${id}`,
  baseUrl: 'http://127.0.0.1:8787/api/rest/v1',
  userId: 'u1',
  cost: '4 CREDITS',
});

afterEach(() => usePendingJobs.setState({ jobs: [] }));

describe('usePendingJobs', () => {
  it('keeps job ids in sessionStorage so a reload follows them again', () => {
    usePendingJobs.getState().addJob(job('a'));
    expect(JSON.parse(sessionStorage.getItem(PENDING_JOBS_STORAGE_KEY) ?? '[]')).toHaveLength(1);
    const [restored] = readStoredJobs();
    expect(restored).toMatchObject({ id: 'a', phase: 'running', finishedAt: null });
    expect(knownJobCost(usePendingJobs.getState().jobs, 'a')).toBe('4 CREDITS');
  });

  it('settles a running job once and dismisses it', () => {
    const { addJob, settleJob, dismissJob } = usePendingJobs.getState();
    addJob(job('a'));
    settleJob('a', 'failed', 'boom');
    settleJob('a', 'complete');
    expect(usePendingJobs.getState().jobs[0]).toMatchObject({ phase: 'failed', message: 'boom' });
    dismissJob('a');
    expect(usePendingJobs.getState().jobs).toEqual([]);
  });

  it('keeps only the most recent finished jobs', () => {
    const { addJob, settleJob } = usePendingJobs.getState();
    for (let i = 0; i <= MAX_FINISHED_JOBS; i++) {
      addJob(job(`j${i}`));
      settleJob(`j${i}`, 'complete');
    }
    addJob(job('running'));
    const ids = usePendingJobs.getState().jobs.map((j) => j.id);
    expect(ids).toHaveLength(MAX_FINISHED_JOBS + 1);
    expect(ids).not.toContain('j0');
    expect(ids).toContain('running');
  });

  it('drops malformed stored entries', () => {
    sessionStorage.setItem(PENDING_JOBS_STORAGE_KEY, JSON.stringify([{ id: 1 }, 'x']));
    expect(readStoredJobs()).toEqual([]);
    sessionStorage.setItem(PENDING_JOBS_STORAGE_KEY, '{not json');
    expect(readStoredJobs()).toEqual([]);
  });
});
