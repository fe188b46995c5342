// The gallery feature's public surface, used by the app's History view.
export { HistoryPanel } from './components/history-panel.tsx';
