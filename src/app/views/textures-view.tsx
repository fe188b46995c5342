import { TexturesPage } from '../../features/textures/index.ts';

export function TexturesView() {
  return <TexturesPage />;
}
