// Leonardo's official TypeScript SDK against the local engine: only `serverURL` and the key change.
//   npm run engine   (in another terminal)
//   LEONARDO_API_KEY=$(cat .leo-engine/api-key) npx tsx examples/sdk-quickstart.ts
import { Leonardo } from '@leonardo-ai/sdk';
import { PricingCalculatorServices } from '@leonardo-ai/sdk/sdk/models/shared/index.js';

const serverURL = process.env.LEONARDO_SERVER_URL ?? 'http://127.0.0.1:8787/api/rest/v1';
const bearerAuth = process.env.LEONARDO_API_KEY;
if (!bearerAuth)
  throw new Error('Set LEONARDO_API_KEY (the engine keeps it in .leo-engine/api-key)');

const leonardo = new Leonardo({ serverURL, bearerAuth });

const me = await leonardo.user.getUserSelf();
const user = me.object?.userDetails?.[0];
console.log(`Signed in as ${user?.user?.username} (${user?.apiSubscriptionTokens} API tokens)`);

const request = {
  prompt: 'a lighthouse on a cliff at dusk',
  width: 768,
  height: 512,
  numImages: 2,
};
const estimate = await leonardo.pricingCalculator.pricingCalculator({
  service: PricingCalculatorServices.ImageGeneration,
  serviceParams: {
    imageGeneration: { imageWidth: 768, imageHeight: 512, numImages: 2, alchemyMode: true },
  },
});
console.log(`Estimated cost: ${estimate.object?.calculateProductionApiServiceCost?.cost} credits`);

const created = await leonardo.image.createGeneration({ ...request, seed: 42 });
const id = created.object?.sdGenerationJob?.generationId;
if (!id) throw new Error('No generation id in the answer');
console.log(`Generation ${id} started`);

// Generations are asynchronous: poll until the job leaves PENDING.
for (;;) {
  const answer = await leonardo.image.getGenerationById(id);
  const generation = answer.object?.generationsByPk;
  if (generation?.status === 'COMPLETE') {
    for (const image of generation.generatedImages ?? []) console.log(image.url);
    break;
  }
  if (generation?.status === 'FAILED') throw new Error(`Generation ${id} failed`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
