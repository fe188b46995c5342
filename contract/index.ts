// The API contract shared by the studio (types only) and the engine (schemas and types).
export * from './common.ts';
export * from './limits.ts';
export * from './generations.ts';
export * from './lcm.ts';
export * from './motion.ts';
export * from './textures.ts';
export * from './assets.ts';
export * from './user.ts';
export * from './pricing.ts';
