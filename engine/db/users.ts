import { createHash, randomUUID } from 'node:crypto';
import type { Db } from './database.ts';

export interface User {
  id: string;
  username: string;
  apiTokens: number;
}

export const STARTING_API_TOKENS = 100_000;

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Keys are stored hashed; each configured key maps to one user with a stable UUID. */
export class UserRepository {
  private readonly byKeyHash = new Map<string, string>();

  constructor(private readonly db: Db) {}

  /** Creates a user for every key not seen before; returns the users in key order. */
  ensureKeys(keys: readonly string[]): User[] {
    const find = this.db.prepare('SELECT id FROM users WHERE key_hash = ?');
    const count = this.db.prepare('SELECT count(*) AS n FROM users');
    const insert = this.db.prepare(
      'INSERT INTO users (id, key_hash, username, api_tokens, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    return keys.map((key) => {
      const keyHash = hashKey(key);
      let row = find.get(keyHash) as { id: string } | undefined;
      if (!row) {
        const { n } = count.get() as { n: number };
        row = { id: randomUUID() };
        insert.run(
          row.id,
          keyHash,
          `local-user-${n + 1}`,
          STARTING_API_TOKENS,
          new Date().toISOString(),
        );
      }
      this.byKeyHash.set(keyHash, row.id);
      return this.get(row.id)!;
    });
  }

  /** Only keys passed to ensureKeys are accepted: a key removed from the configuration stops working. */
  findByKey(key: string): User | null {
    const id = this.byKeyHash.get(hashKey(key));
    return id ? this.get(id) : null;
  }

  get(id: string): User | null {
    const row = this.db
      .prepare('SELECT id, username, api_tokens AS apiTokens FROM users WHERE id = ?')
      .get(id) as User | undefined;
    return row ?? null;
  }

  /** Takes `amount` tokens if the balance allows it. */
  charge(id: string, amount: number): boolean {
    const result = this.db
      .prepare('UPDATE users SET api_tokens = api_tokens - ? WHERE id = ? AND api_tokens >= ?')
      .run(amount, id, amount);
    return result.changes === 1;
  }

  refund(id: string, amount: number): void {
    this.db.prepare('UPDATE users SET api_tokens = api_tokens + ? WHERE id = ?').run(amount, id);
  }
}
