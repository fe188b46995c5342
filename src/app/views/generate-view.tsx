import { NotBuiltPanel } from '../../components/ui/not-built-panel.tsx';

// Placeholder until src/features/generate provides the real view.
export function GenerateView() {
  return (
    <NotBuiltPanel
      name="Generate"
      summary="It will turn a prompt into images with the chosen model and follow each job until it finishes."
    />
  );
}
