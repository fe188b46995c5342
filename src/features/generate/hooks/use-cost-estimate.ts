import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { imageCostQueryOptions, type ImageGenerationEstimate } from '../../../api/pricing.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';

/** Typing a size should not ask the server at every keystroke. */
export const ESTIMATE_DEBOUNCE_MS = 300;

export type CostEstimate =
  | { state: 'none' }
  | { state: 'pending' }
  | { state: 'known'; credits: number }
  /** The server did not answer the pricing calculator (not every server offers it). */
  | { state: 'unknown' };

const NOTHING: ImageGenerationEstimate = {
  imageWidth: 0,
  imageHeight: 0,
  numImages: 0,
  alchemyMode: false,
};

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The estimated cost of the request the form would send, asked of the server's pricing calculator. */
export function useCostEstimate(params: ImageGenerationEstimate | null): CostEstimate {
  const client = useApiClient();
  // A stable key for the same parameters, however often the form re-renders.
  const key = params ? JSON.stringify(params) : null;
  const settledKey = useDebounced(key, ESTIMATE_DEBOUNCE_MS);
  const settled = settledKey ? (JSON.parse(settledKey) as ImageGenerationEstimate) : null;
  const query = useQuery({
    ...imageCostQueryOptions(client, settled ?? NOTHING),
    enabled: settled !== null,
  });
  if (key === null) return { state: 'none' };
  // What the previous settings cost is not what these cost: it waits for the new answer.
  if (key !== settledKey) return { state: 'pending' };
  if (query.isError) return { state: 'unknown' };
  return query.data === undefined ? { state: 'pending' } : { state: 'known', credits: query.data };
}
