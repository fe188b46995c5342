/**
 * One normalization for every local search in the studio (the History index, prompt history), so
 * the same words find the same things everywhere: any case, any accents, punctuation ignored.
 */

/** "Café Crème" → "cafe creme". Also turns compatibility forms (ﬁ, full-width letters) into plain ones. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The searchable form of a text: folded, words separated by single spaces, with a space at each
 * end, so " word" finds a word start and " word " a whole word with one `includes` each.
 */
export function searchableText(...parts: ReadonlyArray<string | null | undefined>): string {
  const words = parts
    .filter((part): part is string => !!part)
    .map((part) => foldText(part).replace(NOT_WORD, ' ').trim())
    .filter(Boolean)
    .join(' ');
  return ` ${words} `;
}

// Scripts written without spaces between words: a "word" there is any run of characters.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

export interface SearchQuery {
  /** Each needle must occur in the searchable text; empty: everything matches. */
  readonly needles: readonly string[];
}

/**
 * Compiles what the user typed. Every word must match a whole word, except the last one, which
 * matches the start of a word while it is still being typed (no space after it yet). Words in
 * scripts without spaces match anywhere.
 */
export function compileQuery(query: string): SearchQuery {
  const words = foldText(query).replace(NOT_WORD, ' ').trim().split(' ').filter(Boolean);
  const typing = words.length > 0 && !/[\s\p{P}]$/u.test(query);
  const needles = words.map((word, index) => {
    if (UNSPACED_SCRIPT.test(word)) return word;
    const last = index === words.length - 1;
    return last && typing ? ` ${word}` : ` ${word} `;
  });
  // A longer needle rejects more texts: test it first.
  return { needles: [...new Set(needles)].sort((a, b) => b.length - a.length) };
}

export function matchesQuery(text: string, query: SearchQuery): boolean {
  for (const needle of query.needles) if (!text.includes(needle)) return false;
  return true;
}

export const isEmptyQuery = (query: SearchQuery) => query.needles.length === 0;
