// The generate feature's public surface, used by the app's views.
export { GeneratePanel } from './components/generate-panel.tsx';
export { handOffInitImage } from './lib/init-image-handoff.ts';
