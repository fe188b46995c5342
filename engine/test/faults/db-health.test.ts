import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseStartError, openDatabase } from '../../db/database.ts';
import { MIGRATIONS } from '../../db/migrations.ts';
import { GenerationRepository, generationRecord } from '../../db/generations.ts';
import { UserRepository } from '../../db/users.ts';
import { startEngineProcess } from './fault-kit.ts';

/** A database the engine must not start on: each stops it with the file named and what to do. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'leo-db-health-'));
  dirs.push(dir);
  return dir;
};

/** A database with some history in it, closed cleanly (its WAL folded into the file). */
function filledDatabase(dir: string): string {
  const file = join(dir, 'engine.sqlite');
  const db = openDatabase(file);
  const [user] = new UserRepository(db).ensureKeys(['health-key']);
  const generations = new GenerationRepository(db);
  for (let i = 0; i < 200; i++) {
    generations.insert(
      generationRecord({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        userId: user!.id,
        kind: 'IMAGE',
        status: 'COMPLETE',
        prompt: `a prompt long enough to fill pages ${'x'.repeat(200)} ${i}`,
        width: 64,
        height: 64,
        seed: i,
        params: {},
        costAmount: '1',
      }),
    );
  }
  db.close();
  return file;
}

describe('the database at start', () => {
  it('refuses a damaged file, naming it', () => {
    const file = filledDatabase(newDir());
    // Overwrite the middle of the file (b-tree pages) with garbage, as a bad disk would.
    const fd = openSync(file, 'r+');
    writeSync(
      fd,
      Buffer.alloc(8192, 0x5a),
      0,
      8192,
      Math.floor(statSync(file).size / 2 / 4096) * 4096,
    );
    closeSync(fd);
    expect(() => openDatabase(file)).toThrow(DatabaseStartError);
    expect(() => openDatabase(file)).toThrow(new RegExp(`${file}.*damaged`));
  });

  it('refuses a file that is not a database at all', () => {
    const dir = newDir();
    const file = join(dir, 'engine.sqlite');
    const fd = openSync(file, 'w');
    writeSync(fd, Buffer.alloc(16384, 0x42));
    closeSync(fd);
    expect(() => openDatabase(file)).toThrow(/damaged/);
  });

  it('refuses a database written by a newer engine', () => {
    const file = filledDatabase(newDir());
    const other = new Database(file);
    other.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    other.close();
    expect(() => openDatabase(file)).toThrow(/newer version of the engine.*Update the engine/);
  });

  it('refuses a database it cannot write', () => {
    const dir = newDir();
    const file = filledDatabase(dir);
    if (process.getuid?.() !== 0) {
      chmodSync(file, 0o444);
      chmodSync(dir, 0o555);
      try {
        expect(() => openDatabase(file)).toThrow(/cannot be written.*writable/);
      } finally {
        chmodSync(dir, 0o755);
      }
      return;
    }
    // Root ignores file permissions: a read-only mount it cannot ignore.
    const ro = mkdtempSync(join(tmpdir(), 'leo-db-ro-'));
    dirs.push(ro);
    execFileSync('mount', ['--bind', '-o', 'ro', dir, ro]);
    try {
      execFileSync('mount', ['-o', 'remount,bind,ro', ro]);
      expect(() => openDatabase(join(ro, 'engine.sqlite'))).toThrow(/cannot be written.*writable/);
    } finally {
      execFileSync('umount', [ro]);
    }
  });

  it('stops `npm run engine` with the message and exit code 1', async () => {
    const dir = newDir();
    const file = filledDatabase(dir);
    const other = new Database(file);
    other.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    other.close();
    const failed = await startEngineProcess({ LEO_ENGINE_DATA: dir, LEO_ENGINE_KEYS: 'k' }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/exited \(1\)/);
    expect(failed).toContain(`The local engine could not start: The database ${file}`);
    expect(failed).not.toMatch(/\n\s+at /);
  });
});
