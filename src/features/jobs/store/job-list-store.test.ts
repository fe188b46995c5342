import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopedKey } from '../../../lib/scoped-persist.ts';
import { scopeOf, useSessionStore } from '../../../lib/session-store.ts';
import {
  JOB_LIST_STORAGE_KEY,
  MAX_FINISHED_JOBS,
  knownJobCost,
  useJobList,
  type NewJob,
} from './job-list-store.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const signInAs = (userId: string) =>
  useSessionStore.getState().signIn({ key: `key-${userId}`, baseUrl: BASE, userId });

const job = (id: string): NewJob => ({
  id,
  kind: 'text-to-image',
  label: `prompt ${id}`,
  cost: '4 CREDITS',
  href: `/history?open=${id}`,
});
const ids = () => useJobList.getState().jobs.map((j) => j.id);

beforeEach(() => signInAs('alice'));
afterEach(() => useSessionStore.getState().signOut());

describe('the job list', () => {
  it('keeps this user’s jobs in sessionStorage so a reload follows them again', async () => {
    useJobList.getState().addJob(job('a'));
    const stored = sessionStorage.getItem(scopedKey(JOB_LIST_STORAGE_KEY, scopeOf(BASE, 'alice')));
    expect(JSON.parse(stored ?? '{}').state.jobs).toHaveLength(1);
    useJobList.setState({ jobs: [] }, false);
    sessionStorage.setItem(scopedKey(JOB_LIST_STORAGE_KEY, scopeOf(BASE, 'alice')), stored!);
    await useJobList.persist.rehydrate();
    expect(useJobList.getState().jobs[0]).toMatchObject({
      id: 'a',
      phase: 'running',
      finishedAt: null,
    });
    expect(knownJobCost(useJobList.getState().jobs, 'a')).toBe('4 CREDITS');
  });

  it('shows each user only their own jobs, and gives them back at their next sign-in', () => {
    useJobList.getState().addJob(job('alice-job'));
    useSessionStore.getState().signOut();
    expect(ids()).toEqual([]);
    signInAs('bob');
    expect(ids()).toEqual([]);
    useJobList.getState().addJob(job('bob-job'));
    signInAs('alice');
    expect(ids()).toEqual(['alice-job']);
    signInAs('bob');
    expect(ids()).toEqual(['bob-job']);
  });

  it('writes nothing while signed out', () => {
    useSessionStore.getState().signOut();
    const before = sessionStorage.length;
    useJobList.getState().addJob(job('nobody'));
    expect(sessionStorage.length).toBe(before);
  });

  it('settles a running job once, dismisses it, forgets deleted ones', () => {
    const { addJob, settleJob, dismissJob, forgetJobs } = useJobList.getState();
    addJob(job('a'));
    addJob(job('b'));
    expect(settleJob('a', 'failed', 'boom')).toBe(true);
    expect(settleJob('a', 'complete')).toBe(false);
    expect(useJobList.getState().jobs[0]).toMatchObject({ phase: 'failed', message: 'boom' });
    dismissJob('a');
    forgetJobs(['b']);
    expect(ids()).toEqual([]);
  });

  it('keeps only the most recent finished jobs', () => {
    const { addJob, settleJob } = useJobList.getState();
    for (let i = 0; i <= MAX_FINISHED_JOBS; i++) {
      addJob(job(`j${i}`));
      settleJob(`j${i}`, 'complete');
    }
    addJob(job('running'));
    expect(ids()).toHaveLength(MAX_FINISHED_JOBS + 1);
    expect(ids()).not.toContain('j0');
    expect(ids()).toContain('running');
  });

  it('drops malformed stored entries and unreadable storage', async () => {
    const key = scopedKey(JOB_LIST_STORAGE_KEY, scopeOf(BASE, 'alice'));
    sessionStorage.setItem(key, JSON.stringify({ state: { jobs: [{ id: 1 }, 'x'] }, version: 1 }));
    await useJobList.persist.rehydrate();
    expect(ids()).toEqual([]);
    useJobList.getState().addJob(job('kept'));
    sessionStorage.setItem(key, '{not json');
    await useJobList.persist.rehydrate();
    expect(ids()).toEqual([]);
  });
});
