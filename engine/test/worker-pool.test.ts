import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../jobs/worker-pool.ts';

/** The nice value of a thread of this process (Linux: field 19 of /proc/self/task/<tid>/stat). */
function niceOf(tid: string | number): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

/** This thread: the one that starts the pools, whose nice value theirs are relative to. */
const currentThread = () => readlinkSync('/proc/thread-self').split('/').pop()!;

function threadNiceness(): number[] {
  return readdirSync('/proc/self/task').map(niceOf);
}

const pools: WorkerPool[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function runOnce(pool: WorkerPool): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'leo-pool-'));
  dirs.push(dir);
  await pool.run({
    type: 'text-to-image',
    prompt: 'a small test',
    negativePrompt: null,
    style: null,
    seed: 1,
    width: 32,
    height: 32,
    tiling: false,
    outFiles: [join(dir, 'out.jpg')],
  });
}

describe.skipIf(process.platform !== 'linux')('WorkerPool niceness', () => {
  it('runs a niced pool on threads with that nice value, leaving the rest of the process alone', async () => {
    const base = niceOf(currentThread());
    const niced = Math.min(19, base + 5);
    const before = threadNiceness().filter((n) => n === niced).length;
    const pool = new WorkerPool(2, 'niced', { niceness: 5 });
    pools.push(pool);
    await Promise.all([runOnce(pool), runOnce(pool)]);
    // Each worker thread, plus the threads it starts itself (its module loader), runs niced.
    expect(threadNiceness().filter((n) => n === niced).length - before).toBeGreaterThanOrEqual(2);
    // The thread that serves requests keeps its priority.
    expect(niceOf(currentThread())).toBe(base);
  });

  it('leaves a pool without niceness at the process priority', async () => {
    const base = niceOf(currentThread());
    const before = threadNiceness().filter((n) => n !== base).length;
    const pool = new WorkerPool(1, 'plain');
    pools.push(pool);
    await runOnce(pool);
    expect(threadNiceness().filter((n) => n !== base).length).toBe(before);
  });

  it('runs a process pool with every thread of its processes niced, and answers as a thread pool does', async () => {
    const base = niceOf(currentThread());
    const pool = new WorkerPool(1, 'niced-process', { niceness: 7, isolation: 'process' });
    pools.push(pool);
    await runOnce(pool);
    // Children are listed under the thread that started them, whichever runs this test.
    const children = readdirSync('/proc/self/task').flatMap((tid) =>
      readFileSync(`/proc/self/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean),
    );
    const niced = children.filter((pid) => {
      const values = readdirSync(`/proc/${pid}/task`).map((tid) => {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      });
      return values.length > 0 && values.every((n) => n === Math.min(19, base + 7));
    });
    expect(niced.length).toBe(1);
    expect(niceOf(currentThread())).toBe(base);
  });

  it('fails a task with a bad input the same way in a process', async () => {
    const pool = new WorkerPool(1, 'process-errors', { isolation: 'process' });
    pools.push(pool);
    await expect(
      pool.run({
        type: 'lcm',
        mode: 'generate',
        imageDataUrl: 'data:image/jpeg;base64,AAAA',
        prompt: 'x',
        style: null,
        strength: 0.5,
        guidance: 7,
        steps: 8,
        seed: 1,
        width: 512,
        height: 512,
      }),
    ).rejects.toMatchObject({ inputPath: '$.imageDataUrl' });
  });
});
