import { createStore, del, get, update, type UseStore } from 'idb-keyval';
import { compileQuery, matchesQuery, searchableText } from '../../../lib/search-text.ts';

/** The user's earlier prompts, newest first, for "Prompt history". */
export interface PromptHistoryEntry {
  id: string;
  prompt: string;
  /** The negative prompt used with it the last time ('' for none). */
  negativePrompt: string;
  /** Epoch ms of the last use. */
  usedAt: number;
}

export const PROMPT_HISTORY_LIMIT = 500;
const KEY = 'entries';

export interface PromptHistory {
  /** A prompt just used: it goes to the top (once: using it again moves it up). */
  record(prompt: string, negativePrompt?: string): Promise<void>;
  /** Newest first; a query keeps those whose prompt or negative prompt has every word. */
  list(query?: string): Promise<PromptHistoryEntry[]>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

function isEntry(value: unknown): value is PromptHistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.prompt === 'string' &&
    v.prompt.trim() !== '' &&
    typeof v.negativePrompt === 'string' &&
    typeof v.usedAt === 'number' &&
    Number.isFinite(v.usedAt)
  );
}

/** What was stored, newest first, without anything malformed or repeated. */
export function parseEntries(value: unknown): PromptHistoryEntry[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value
    .filter(isEntry)
    .sort((a, b) => b.usedAt - a.usedAt)
    .filter((e) => !seen.has(e.prompt) && (seen.add(e.prompt), true))
    .slice(0, PROMPT_HISTORY_LIMIT);
}

/** The list with one use of a prompt recorded at the top: the same prompt keeps its id and moves up. */
export function withRecorded(
  entries: readonly PromptHistoryEntry[],
  prompt: string,
  negativePrompt: string,
  usedAt: number,
  newId: () => string,
): PromptHistoryEntry[] {
  const text = prompt.trim();
  if (text === '') return [...entries];
  const previous = entries.find((e) => e.prompt === text);
  const entry = {
    id: previous?.id ?? newId(),
    prompt: text,
    negativePrompt: negativePrompt.trim(),
    usedAt,
  };
  return [entry, ...entries.filter((e) => e.prompt !== text)].slice(0, PROMPT_HISTORY_LIMIT);
}

export function searchPromptHistory(
  entries: readonly PromptHistoryEntry[],
  query: string,
): PromptHistoryEntry[] {
  const compiled = compileQuery(query);
  return entries.filter((e) => matchesQuery(searchableText(e.prompt, e.negativePrompt), compiled));
}

/** Ids that need only be unique here: randomUUID is missing where the page is not a secure context (an engine on a LAN address). */
const localId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

export const promptHistoryDbName = (scope: string) =>
  `leonardo-studio.prompt-history:${encodeURIComponent(scope)}`;

export interface PromptHistoryOptions {
  now?: () => number;
  newId?: () => string;
}

/** One user's prompt history on one server, in IndexedDB: nothing of it is visible to another scope. */
export function createPromptHistory(
  scope: string,
  options: PromptHistoryOptions = {},
): PromptHistory {
  const store: UseStore = createStore(promptHistoryDbName(scope), 'prompts');
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? localId;
  return {
    // update() reads and writes in one transaction: two tabs recording at once lose nothing.
    record: (prompt, negativePrompt = '') =>
      update(
        KEY,
        (stored) => withRecorded(parseEntries(stored), prompt, negativePrompt, now(), newId),
        store,
      ),
    list: async (query = '') => searchPromptHistory(parseEntries(await get(KEY, store)), query),
    remove: (id) => update(KEY, (stored) => parseEntries(stored).filter((e) => e.id !== id), store),
    clear: () => del(KEY, store),
  };
}
