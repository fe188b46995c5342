import { describe, expect, it } from 'vitest';
import {
  compileQuery,
  foldText,
  isEmptyQuery,
  matchesQuery,
  searchableText,
} from './search-text.ts';

const finds = (query: string, ...texts: string[]) =>
  matchesQuery(searchableText(...texts), compileQuery(query));

describe('search text', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(foldText('Café CRÈME ﬁne Ｆｕｌｌ')).toBe('cafe creme fine full');
  });

  it('keeps words apart with single spaces and pads both ends', () => {
    expect(searchableText('A red-fox,  in   SNOW!', null, 'no text')).toBe(
      ' a red fox in snow no text ',
    );
    expect(searchableText('', undefined)).toBe('  ');
  });

  it('needs every word, in any order, accent- and case-insensitively', () => {
    expect(finds('snow FOX', 'A red fox in the snow')).toBe(true);
    expect(finds('creme cafe', 'Café crème at dawn')).toBe(true);
    expect(finds('fox wolf', 'A red fox in the snow')).toBe(false);
  });

  it('matches the last word as a prefix while it is typed, earlier words whole', () => {
    expect(finds('red fo', 'a red fox')).toBe(true);
    expect(finds('re fox', 'a red fox')).toBe(false);
    // A space after the last word means it is complete.
    expect(finds('fo ', 'a red fox')).toBe(false);
    expect(finds('fox ', 'a red fox')).toBe(true);
    // Inside a word is not a match: "ox" does not find "fox".
    expect(finds('ox', 'a red fox')).toBe(false);
  });

  it('searches the prompt and the negative prompt together', () => {
    expect(finds('blurry', 'a red fox', 'blurry, watermark')).toBe(true);
  });

  it('treats punctuation in the query like the text does', () => {
    expect(finds('sci-fi city', 'A sci-fi city at night')).toBe(true);
  });

  it('finds words of scripts written without spaces anywhere', () => {
    expect(finds('富士', '夕暮れの富士山')).toBe(true);
  });

  it('matches everything on an empty query', () => {
    expect(isEmptyQuery(compileQuery('  ,, '))).toBe(true);
    expect(finds('', 'anything')).toBe(true);
  });
});
