import { NotBuiltPanel } from '../../components/ui/not-built-panel.tsx';

// Placeholder until src/features/gallery provides the real view.
export function HistoryView() {
  return (
    <NotBuiltPanel
      name="History"
      summary="It will list your past generations, newest first, to open, reuse or delete."
    />
  );
}
