import { NotBuiltPanel } from '../../components/ui/not-built-panel.tsx';

// Placeholder until src/features/textures provides the real view.
export function TexturesView() {
  return (
    <NotBuiltPanel
      name="Textures"
      summary="It will generate texture maps (albedo, normal, roughness…) for an uploaded 3D model."
    />
  );
}
