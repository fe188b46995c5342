/**
 * What live mode has cost this session: the sum of the LCM answers' `cost`. Leonardo's answers
 * carry `cost: { amount, unit }` (credits or dollars), the older `apiCreditCost`, both, or
 * neither (null): each is counted as it comes, and answers without a cost are counted apart
 * rather than guessed.
 */
export interface LiveCost {
  credits: number;
  dollars: number;
  answers: number;
  /** Answers that said nothing about their cost. */
  unknown: number;
}

export const NO_COST: LiveCost = { credits: 0, dollars: 0, answers: 0, unknown: 0 };

export interface CostFields {
  cost?: { amount: string; unit: string } | null;
  apiCreditCost?: number | null;
}

export function addCost(total: LiveCost, answer: CostFields | undefined): LiveCost {
  const next = { ...total, answers: total.answers + 1 };
  const amount = Number(answer?.cost?.amount);
  if (answer?.cost && Number.isFinite(amount) && amount >= 0) {
    if (answer.cost.unit === 'DOLLARS') next.dollars += amount;
    else next.credits += amount;
  } else if (typeof answer?.apiCreditCost === 'number' && answer.apiCreditCost >= 0) {
    next.credits += answer.apiCreditCost;
  } else {
    next.unknown++;
  }
  return next;
}

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });

/** "12 tokens", "$0.042", "12 tokens and $0.01", with the answers that had no cost said. */
export function formatCost(total: LiveCost): string {
  const parts: string[] = [];
  if (total.credits > 0 || total.dollars === 0) {
    parts.push(`${number.format(total.credits)} ${total.credits === 1 ? 'token' : 'tokens'}`);
  }
  if (total.dollars > 0) parts.push(`$${number.format(total.dollars)}`);
  const text = parts.join(' and ');
  return total.unknown > 0
    ? `${text} (${total.unknown} ${total.unknown === 1 ? 'answer' : 'answers'} without a cost)`
    : text;
}
