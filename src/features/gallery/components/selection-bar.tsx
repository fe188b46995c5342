import { Button } from '../../../components/ui/button.tsx';
import type { BulkState } from '../hooks/use-bulk-download.ts';

interface SelectionBarProps {
  selected: number;
  /** How many "Select all" would select: what the filters show. */
  selectable: number;
  onSelectAll: () => void;
  onClear: () => void;
  onDownload: () => void;
  onCompare: () => void;
  onDelete: () => void;
  bulk: BulkState;
}

const number = new Intl.NumberFormat('en-US');

/** What can be done with the selection: all of it at once, or two side by side. */
export function SelectionBar(props: SelectionBarProps) {
  const { selected, selectable, bulk } = props;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Button
        variant="ghost"
        disabled={selectable === 0}
        onClick={props.onSelectAll}
        title={`Selects the ${number.format(selectable)} generations the filters show`}
      >
        Select all
      </Button>
      {selected > 0 ? (
        <>
          <span aria-live="polite" className="font-medium">
            {number.format(selected)} selected
          </span>
          <Button onClick={props.onClear}>Clear selection</Button>
          <Button aria-disabled={bulk.busy} onClick={() => !bulk.busy && props.onDownload()}>
            Download selected
          </Button>
          {selected === 2 ? <Button onClick={props.onCompare}>Compare</Button> : null}
          <Button variant="danger" onClick={props.onDelete}>
            Delete selected
          </Button>
        </>
      ) : (
        <span className="text-xs text-muted">
          Shift-click a second tile for a range, Ctrl-click (⌘-click) to add one.
        </span>
      )}
      <p
        role="status"
        className={`basis-full text-xs ${bulk.failed ? 'text-danger' : 'text-muted'}`}
      >
        {bulk.message ?? ''}
      </p>
    </div>
  );
}
