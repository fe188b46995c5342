import { describe, expect, it } from 'vitest';
import { NO_COST, addCost, formatCost } from './live-cost.ts';

describe('live cost', () => {
  it('sums credits and dollars apart, from either field', () => {
    let total = addCost(NO_COST, { cost: { amount: '1', unit: 'CREDITS' }, apiCreditCost: 1 });
    total = addCost(total, { cost: null, apiCreditCost: 2 });
    total = addCost(total, { cost: { amount: '0.0125', unit: 'DOLLARS' } });
    expect(total).toEqual({ credits: 3, dollars: 0.0125, answers: 3, unknown: 0 });
    expect(formatCost(total)).toBe('3 tokens and $0.013');
  });

  it('counts answers that said nothing about their cost instead of guessing', () => {
    let total = addCost(NO_COST, { cost: null, apiCreditCost: null });
    total = addCost(total, { cost: { amount: 'lots', unit: 'CREDITS' } });
    total = addCost(total, undefined);
    expect(total).toEqual({ credits: 0, dollars: 0, answers: 3, unknown: 3 });
    expect(formatCost(total)).toBe('0 tokens (3 answers without a cost)');
  });

  it('reads well for one token and for dollars only', () => {
    expect(formatCost(addCost(NO_COST, { apiCreditCost: 1 }))).toBe('1 token');
    expect(formatCost(addCost(NO_COST, { cost: { amount: '0.5', unit: 'DOLLARS' } }))).toBe('$0.5');
  });
});
