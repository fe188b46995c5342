/** The magic wand and grow, shrink and invert: their code loads the first time one is used. */
export const loadMaskOps = () => import('./mask-ops.ts');
