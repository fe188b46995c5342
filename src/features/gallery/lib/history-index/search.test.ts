import { describe, expect, it } from 'vitest';
import { searchableText } from '../../../../lib/search-text.ts';
import { generationFixture, imageFixture } from '../../../../test/generation-fixture.ts';
import { toIndexEntry } from './entry.ts';
import { historyFacets, orientationOf, searchEntries, type SearchableEntry } from './search.ts';

const MODEL_A = 'aaaaaaaa-0000-4000-8000-000000000000';
const MODEL_B = 'bbbbbbbb-0000-4000-8000-000000000000';

function entries(): SearchableEntry[] {
  const make = (fields: Parameters<typeof generationFixture>[0], day: number) => {
    const entry = toIndexEntry(
      generationFixture({ createdAt: new Date(Date.UTC(2026, 0, day)).toISOString(), ...fields }),
      1,
    );
    return { entry, text: searchableText(entry.prompt, entry.negativePrompt) };
  };
  return [
    make(
      { prompt: 'Café in Paris at night', modelId: MODEL_A, imageWidth: 512, imageHeight: 768 },
      9,
    ),
    make(
      {
        prompt: 'A red fox in the snow',
        negativePrompt: 'blurry',
        modelId: MODEL_B,
        imageWidth: 1024,
        imageHeight: 768,
      },
      8,
    ),
    make(
      {
        prompt: 'red fox cubs',
        status: 'PENDING',
        modelId: null,
        imageWidth: 512,
        imageHeight: 512,
      },
      7,
    ),
    make(
      {
        prompt: 'fox, animated',
        generated_images: [imageFixture({ motionMP4URL: 'http://x/m.mp4' })],
        imageWidth: 512,
        imageHeight: 512,
      },
      6,
    ),
  ];
}

const prompts = (
  list: SearchableEntry[],
  query: string,
  filters = {},
  favourites = new Set<string>(),
) => searchEntries(list, query, filters, favourites).items.map((e) => e.prompt);

describe('searchEntries', () => {
  it('needs every word, accent- and case-insensitively, the last as a prefix', () => {
    const list = entries();
    expect(prompts(list, 'FOX red')).toEqual(['A red fox in the snow', 'red fox cubs']);
    expect(prompts(list, 'cafe par')).toEqual(['Café in Paris at night']);
    expect(prompts(list, 'blur')).toEqual(['A red fox in the snow']);
    expect(prompts(list, 'fo')).toHaveLength(3);
    expect(prompts(list, 'wolf')).toEqual([]);
    expect(searchEntries(list, '', {}, new Set()).total).toBe(4);
  });

  it('filters by kind, status, model, size, orientation, date and favourites', () => {
    const list = entries();
    expect(prompts(list, 'fox', { kind: 'motion' })).toEqual(['fox, animated']);
    expect(prompts(list, '', { status: 'PENDING' })).toEqual(['red fox cubs']);
    expect(prompts(list, '', { modelId: MODEL_B })).toEqual(['A red fox in the snow']);
    expect(prompts(list, '', { modelId: null })).toEqual(['red fox cubs']);
    expect(prompts(list, '', { size: { width: 1024, height: 768 } })).toEqual([
      'A red fox in the snow',
    ]);
    expect(prompts(list, '', { size: 'portrait' })).toEqual(['Café in Paris at night']);
    expect(prompts(list, '', { size: 'landscape' })).toEqual(['A red fox in the snow']);
    expect(prompts(list, 'fox', { size: 'square' })).toEqual(['red fox cubs', 'fox, animated']);
    expect(prompts(list, '', { from: Date.UTC(2026, 0, 7), to: Date.UTC(2026, 0, 9) })).toEqual([
      'A red fox in the snow',
      'red fox cubs',
    ]);
    const favourite = new Set([list[2]!.entry.id]);
    expect(prompts(list, 'fox', { favouritesOnly: true }, favourite)).toEqual(['red fox cubs']);
  });

  it('names orientations and lists the models and sizes held, most used first', () => {
    expect([orientationOf(5, 5), orientationOf(6, 5), orientationOf(5, 6)]).toEqual([
      'square',
      'landscape',
      'portrait',
    ]);
    const facets = historyFacets(entries());
    expect(facets.sizes[0]).toEqual({ width: 512, height: 512, count: 2 });
    expect(facets.models.map((m) => m.modelId)).toContain(null);
    expect(facets.models.reduce((n, m) => n + m.count, 0)).toBe(4);
  });

  it('offers no 0 × 0 size for generations whose answer gave none', () => {
    const entry = toIndexEntry(generationFixture({ imageWidth: 0, imageHeight: 0 }), 1);
    const facets = historyFacets([{ entry, text: '' }]);
    expect(facets.sizes).toEqual([]);
    expect(facets.models).toHaveLength(1);
  });
});
