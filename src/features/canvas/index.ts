// The canvas feature's public surface, used by the app's lazily loaded canvas view.
export { CanvasWorkspace } from './components/canvas-workspace.tsx';
