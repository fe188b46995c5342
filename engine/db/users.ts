import { createHash, randomUUID } from 'node:crypto';
import type { Db } from './database.ts';

/** Who is calling: what every request needs, known without a database read. */
export interface UserIdentity {
  id: string;
  username: string;
}

export interface User extends UserIdentity {
  apiTokens: number;
}

export const STARTING_API_TOKENS = 100_000;

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Keys are stored hashed; each configured key maps to one user with a stable UUID. */
export class UserRepository {
  /**
   * Key hash to identity, filled by ensureKeys. Every request is authenticated, so this is a map
   * lookup rather than a query: ids and names never change while the engine runs.
   */
  private readonly byKeyHash = new Map<string, UserIdentity>();
  private readonly selectUser;
  private readonly chargeTokens;
  private readonly refundTokens;

  constructor(private readonly db: Db) {
    this.selectUser = db.prepare<[string], User>(
      'SELECT id, username, api_tokens AS apiTokens FROM users WHERE id = ?',
    );
    this.chargeTokens = db.prepare<[number, string, number]>(
      'UPDATE users SET api_tokens = api_tokens - ? WHERE id = ? AND api_tokens >= ?',
    );
    this.refundTokens = db.prepare<[number, string]>(
      'UPDATE users SET api_tokens = api_tokens + ? WHERE id = ?',
    );
  }

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
      const user = this.get(row.id)!;
      this.byKeyHash.set(keyHash, { id: user.id, username: user.username });
      return user;
    });
  }

  /** Only keys passed to ensureKeys are accepted: a key removed from the configuration stops working. */
  findByKey(key: string): UserIdentity | null {
    return this.byKeyHash.get(hashKey(key)) ?? null;
  }

  /** The user with their current token balance. */
  get(id: string): User | null {
    return this.selectUser.get(id) ?? null;
  }

  /** Takes `amount` tokens if the balance allows it. */
  charge(id: string, amount: number): boolean {
    return this.chargeTokens.run(amount, id, amount).changes === 1;
  }

  refund(id: string, amount: number): void {
    this.refundTokens.run(amount, id);
  }
}
