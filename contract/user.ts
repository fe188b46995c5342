import Type, { type Static } from 'typebox';
import { Nullable, Timestamp, Uuid } from './common.ts';

export const UserDetails = Type.Object({
  user: Type.Object({ id: Uuid, username: Nullable(Type.String()) }),
  tokenRenewalDate: Nullable(Timestamp),
  paidTokens: Nullable(Type.Integer()),
  subscriptionTokens: Type.Integer(),
  subscriptionGptTokens: Type.Integer(),
  subscriptionModelTokens: Type.Integer(),
  apiConcurrencySlots: Type.Integer(),
  apiPaidTokens: Nullable(Type.Integer()),
  apiSubscriptionTokens: Type.Integer(),
  apiPlanTokenRenewalDate: Nullable(Timestamp),
});
export type UserDetails = Static<typeof UserDetails>;

export const MeResponse = Type.Object({ user_details: Type.Array(UserDetails) });
export type MeResponse = Static<typeof MeResponse>;

export const PlatformModel = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  featured: Type.Boolean(),
  nsfw: Type.Boolean(),
  generated_image: Nullable(Type.Object({ id: Uuid, url: Type.String() })),
});
export type PlatformModel = Static<typeof PlatformModel>;
export const PlatformModelsResponse = Type.Object({ custom_models: Type.Array(PlatformModel) });
export type PlatformModelsResponse = Static<typeof PlatformModelsResponse>;
