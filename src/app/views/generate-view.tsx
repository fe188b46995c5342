import { GeneratePanel } from '../../features/generate/index.ts';

export function GenerateView() {
  return <GeneratePanel />;
}
