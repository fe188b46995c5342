import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { MIGRATIONS } from './migrations.ts';

export type Db = Database.Database;

/**
 * How long a write on the server thread waits for another program's lock. better-sqlite3 waits
 * synchronously, so every request waits with it: keep it short and answer 503 instead.
 */
export const SERVER_BUSY_TIMEOUT_MS = 50;
/** At start nothing is being served yet: wait longer for a lock to go. */
const START_BUSY_TIMEOUT_MS = 5000;
/** Below this size a full integrity check is quick; above it the lighter quick_check. */
const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/** The database cannot be used: the message names the file and what to do about it. */
export class DatabaseStartError extends Error {}

/**
 * Opens (checks and migrates) the engine's SQLite file. WAL keeps reads fast while jobs write.
 * A damaged file, one from a newer engine or one that cannot be written stops the start.
 */
export function openDatabase(
  file: string,
  { busyTimeoutMs = SERVER_BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {},
): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw startError(error, file);
  }
  try {
    db.pragma(`busy_timeout = ${START_BUSY_TIMEOUT_MS}`);
    checkIntegrity(db, file);
    checkVersion(db, file);
    checkWritable(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    return db;
  } catch (error) {
    db.close();
    throw startError(error, file);
  }
}

function checkIntegrity(db: Db, file: string): void {
  const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  const check = size <= FULL_CHECK_MAX_BYTES ? 'integrity_check' : 'quick_check';
  const rows = db.pragma(`${check}(5)`) as Record<string, string>[];
  const problems = rows.map((row) => Object.values(row)[0]).filter((v) => v !== 'ok');
  if (problems.length > 0) throw damaged(file, problems[0]!);
}

function checkVersion(db: Db, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new DatabaseStartError(
      `The database ${file} was written by a newer version of the engine (schema ${version}; this engine knows up to ${MIGRATIONS.length}). ` +
        'Update the engine, or point LEO_ENGINE_DATA at another directory.',
    );
  }
}

/** SQLite opens a file it may not write read-only without a word; find out before serving. */
function checkWritable(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  db.exec(`BEGIN IMMEDIATE; PRAGMA user_version = ${version}; ROLLBACK`);
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

const damaged = (file: string, problem: string) =>
  new DatabaseStartError(
    `The database ${file} is damaged (${problem}). Stop the engine, move the file aside ` +
      `(\`sqlite3 ${file} .recover\` may save what it holds) and start again with a backup or an empty data directory.`,
  );

function startError(error: unknown, file: string): Error {
  if (error instanceof DatabaseStartError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return damaged(file, (error as Error).message);
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new DatabaseStartError(
      `The database ${file} cannot be written (${(error as Error).message}). ` +
        'Make the file and its directory writable by this user, or point LEO_ENGINE_DATA at a writable directory.',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseStartError(
      `The database ${file} is locked by another program. Close that program (or its open transaction) and start again.`,
    );
  }
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) {
    return new DatabaseStartError(
      `The database ${file} cannot be opened for writing (${(error as Error).message}): the disk is full or failing. Free some space on it (or check the disk) and start again.`,
    );
  }
  return error as Error;
}
