import { describe, expect, it } from 'vitest';
import { parseDream, parseInvokeAiMetadata, parseSdMetadata } from './invokeai.ts';

describe('InvokeAI metadata', () => {
  it('reads a 3.x model object by model_name', () => {
    const text = JSON.stringify({
      positive_prompt: 'a bridge',
      model: { model_name: 'dreamshaper', base_model: 'sd-1', model_type: 'main' },
      seed: 1,
    });
    expect(parseInvokeAiMetadata(text)).toMatchObject({
      prompt: 'a bridge',
      modelName: 'dreamshaper',
      seed: 1,
      otherParameters: { 'Base model': 'sd-1' },
    });
  });

  it('ignores fields of the wrong type and answers null without a prompt', () => {
    expect(
      parseInvokeAiMetadata(JSON.stringify({ positive_prompt: 'x', seed: '5' }))?.seed,
    ).toBeNull();
    expect(parseInvokeAiMetadata(JSON.stringify({ seed: 5 }))).toBeNull();
    expect(parseInvokeAiMetadata('[1, 2]')).toBeNull();
    expect(parseSdMetadata(JSON.stringify({ image: 'no' }))).toBeNull();
    expect(parseDream('no quotes here -s 5')).toBeNull();
  });

  it('reads a 2.x prompt written as a plain string', () => {
    const text = JSON.stringify({
      model_weights: 'sd-1.4',
      image: { prompt: 'a tree [a car] [a road]', seed: 9 },
    });
    expect(parseSdMetadata(text)).toMatchObject({
      prompt: 'a tree',
      negativePrompt: 'a car, a road',
      modelName: 'sd-1.4',
    });
  });

  it('reads escaped quotes in a Dream prompt', () => {
    expect(parseDream('"a \\"quoted\\" word" -S 4')).toMatchObject({
      prompt: 'a "quoted" word',
      seed: 4,
    });
  });
});
