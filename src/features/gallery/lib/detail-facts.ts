import type { Generation } from '../../../../contract/index.ts';
import { generationKind } from './history-filters.ts';

export interface Fact {
  term: string;
  value: string;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function styleWords(style: string): string {
  return style
    .split('_')
    .map((word) => (word.length <= 2 ? word : word[0] + word.slice(1).toLowerCase()))
    .join(' ');
}

/** The metadata a detail view lists, in reading order. Missing values are said, not hidden. */
export function detailFacts(
  generation: Generation,
  modelLabel: string,
  cost: string | null,
): Fact[] {
  const created = new Date(generation.createdAt);
  const facts: Fact[] = [
    { term: 'Prompt', value: generation.prompt },
    { term: 'Negative prompt', value: generation.negativePrompt || 'None' },
    { term: 'Model', value: modelLabel },
    {
      term: 'Size',
      // The studio reads a size the answer lacks as 0: not a size to print.
      value:
        generation.imageWidth > 0 && generation.imageHeight > 0
          ? `${generation.imageWidth} × ${generation.imageHeight}`
          : 'Not recorded',
    },
    { term: 'Seed', value: generation.seed === null ? 'Not recorded' : String(generation.seed) },
    {
      term: 'Guidance scale',
      value: generation.guidanceScale === null ? 'Not recorded' : String(generation.guidanceScale),
    },
    { term: 'Style', value: generation.presetStyle ? styleWords(generation.presetStyle) : 'None' },
    { term: 'Kind', value: generationKind(generation) },
    { term: 'Status', value: generation.status.toLowerCase() },
    {
      term: 'Created',
      value: Number.isNaN(created.getTime()) ? generation.createdAt : dateFormat.format(created),
    },
  ];
  const modes = [
    generation.photoReal ? 'PhotoReal' : null,
    generation.promptMagic
      ? `Prompt Magic${generation.promptMagicVersion ? ` ${generation.promptMagicVersion}` : ''}`
      : null,
    generation.public ? 'Public' : null,
  ].filter((mode): mode is string => mode !== null);
  if (modes.length > 0) facts.push({ term: 'Modes', value: modes.join(', ') });
  if (cost) facts.push({ term: 'Cost', value: cost });
  return facts;
}
