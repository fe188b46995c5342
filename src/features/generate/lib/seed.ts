/**
 * Rolled seeds stay within the smallest documented maximum (Flux: 2,147,483,637), so a rolled seed
 * works with every model; a typed seed may go up to the contract's SEED_MAX.
 */
export const ROLLED_SEED_MAX = 2_147_483_637;

export function rollSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (ROLLED_SEED_MAX + 1));
}
