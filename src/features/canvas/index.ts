// The canvas feature's public surface, used by the app's lazily loaded canvas view.
export { CanvasWorkspace, type CanvasWorkspaceProps } from './components/canvas-workspace.tsx';
export type { OpenImageState } from './lib/open-image.ts';
