import { HistoryPanel } from '../../features/gallery/index.ts';

export function HistoryView() {
  return <HistoryPanel />;
}
