import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  PROMPT_HISTORY_LIMIT,
  createPromptHistory,
  parseEntries,
  promptHistoryDbName,
  withRecorded,
} from './prompt-history.ts';

let scopes = 0;
const scope = () => `http://127.0.0.1:8787/api/rest/v1\nprompt-user-${++scopes}`;

function history(s = scope()) {
  let clock = 1_000;
  let ids = 0;
  return createPromptHistory(s, { now: () => (clock += 10), newId: () => `p${++ids}` });
}

describe('prompt history', () => {
  it('lists prompts newest first, with their negative prompts', async () => {
    const h = history();
    await h.record('a red fox in the snow', 'blurry');
    await h.record('  a quiet harbour at dawn  ');
    expect(await h.list()).toEqual([
      { id: 'p2', prompt: 'a quiet harbour at dawn', negativePrompt: '', usedAt: 1_020 },
      { id: 'p1', prompt: 'a red fox in the snow', negativePrompt: 'blurry', usedAt: 1_010 },
    ]);
  });

  it('moves a prompt used again to the top, once, with its latest negative prompt', async () => {
    const h = history();
    await h.record('fox');
    await h.record('harbour');
    await h.record('fox', 'text');
    expect((await h.list()).map((e) => [e.id, e.prompt, e.negativePrompt])).toEqual([
      ['p1', 'fox', 'text'],
      ['p2', 'harbour', ''],
    ]);
  });

  it('keeps the last 500', async () => {
    let entries = parseEntries([]);
    for (let i = 0; i < PROMPT_HISTORY_LIMIT + 20; i++) {
      entries = withRecorded(entries, `prompt ${i}`, '', i, () => `id${i}`);
    }
    expect(entries).toHaveLength(PROMPT_HISTORY_LIMIT);
    expect(entries[0]!.prompt).toBe(`prompt ${PROMPT_HISTORY_LIMIT + 19}`);
    expect(entries.at(-1)!.prompt).toBe('prompt 20');
  });

  it('searches the way History does: any case or accent, every word, the last as a prefix', async () => {
    const h = history();
    await h.record('Café in Paris at night', 'people');
    await h.record('a red fox');
    await h.record('red barn at dusk');
    expect((await h.list('RED')).map((e) => e.prompt)).toEqual(['red barn at dusk', 'a red fox']);
    expect((await h.list('cafe pa')).map((e) => e.prompt)).toEqual(['Café in Paris at night']);
    expect((await h.list('peop')).map((e) => e.prompt)).toEqual(['Café in Paris at night']);
    expect(await h.list('wolf')).toEqual([]);
  });

  it('removes one prompt, or all of them, and ignores empty prompts', async () => {
    const h = history();
    await h.record('one');
    await h.record('two');
    await h.record('   ');
    await h.remove('p1');
    expect((await h.list()).map((e) => e.prompt)).toEqual(['two']);
    await h.clear();
    expect(await h.list()).toEqual([]);
  });

  it("keeps each user's prompts apart", async () => {
    const alice = history();
    const bob = history();
    await alice.record('alice only');
    expect(await bob.list()).toEqual([]);
  });

  it('survives reopening, and reads past malformed stored data', async () => {
    const s = scope();
    await history(s).record('kept');
    expect((await history(s).list()).map((e) => e.prompt)).toEqual(['kept']);

    const broken = scope();
    await set(
      'entries',
      [{ id: 'x', prompt: 5 }, 'junk', { id: 'y', prompt: 'fine', negativePrompt: '', usedAt: 3 }],
      createStore(promptHistoryDbName(broken), 'prompts'),
    );
    expect((await history(broken).list()).map((e) => e.id)).toEqual(['y']);
    await set('entries', 'not a list', createStore(promptHistoryDbName(broken), 'prompts'));
    expect(await history(broken).list()).toEqual([]);
  });
});
