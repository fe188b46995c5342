import { useId } from 'react';
import type { JobStatus } from '../../../../contract/limits.ts';
import { Button } from '../../../components/ui/button.tsx';
import type { GenerationKind, HistoryFilters } from '../lib/history-filters.ts';

interface HistoryToolbarProps {
  filters: HistoryFilters;
  onFiltersChange: (patch: Partial<HistoryFilters>) => void;
  loaded: number;
  shown: number;
  allLoaded: boolean;
  selectedCount: number;
  onDeleteSelected: () => void;
  onClearSelection: () => void;
}

const controlClass =
  'rounded-lg border border-border bg-bg px-3 py-2 text-sm text-fg placeholder:text-muted';
const KIND_OPTIONS: Array<[GenerationKind | 'all', string]> = [
  ['all', 'All kinds'],
  ['image', 'Images'],
  ['upscale', 'Upscales'],
  ['motion', 'Motion'],
];
const STATUS_OPTIONS: Array<[JobStatus | 'all', string]> = [
  ['all', 'Any status'],
  ['PENDING', 'Pending'],
  ['COMPLETE', 'Complete'],
  ['FAILED', 'Failed'],
];

const number = new Intl.NumberFormat();

export function HistoryToolbar(props: HistoryToolbarProps) {
  const { filters, onFiltersChange, loaded, shown, allLoaded, selectedCount } = props;
  const searchId = useId();
  const kindId = useId();
  const statusId = useId();
  const loadedText = `${number.format(loaded)}${allLoaded ? '' : '+'} loaded`;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1">
        <label htmlFor={searchId} className="text-xs font-medium text-muted">
          Search prompts
        </label>
        <input
          id={searchId}
          type="search"
          value={filters.search}
          onChange={(event) => onFiltersChange({ search: event.target.value })}
          placeholder="Words in the prompt"
          className={`${controlClass} w-64`}
        />
      </div>
      <div className="grid gap-1">
        <label htmlFor={kindId} className="text-xs font-medium text-muted">
          Kind
        </label>
        <select
          id={kindId}
          value={filters.kind}
          onChange={(event) =>
            onFiltersChange({ kind: event.target.value as HistoryFilters['kind'] })
          }
          className={controlClass}
        >
          {KIND_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor={statusId} className="text-xs font-medium text-muted">
          Status
        </label>
        <select
          id={statusId}
          value={filters.status}
          onChange={(event) =>
            onFiltersChange({ status: event.target.value as HistoryFilters['status'] })
          }
          className={controlClass}
        >
          {STATUS_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="pb-2 text-sm text-muted">
        {shown === loaded ? loadedText : `${number.format(shown)} of ${loadedText}`}
      </p>
      {selectedCount > 0 ? (
        <div className="ml-auto flex items-center gap-2">
          <span className="text-sm">{selectedCount} selected</span>
          <Button onClick={props.onClearSelection}>Clear selection</Button>
          <Button variant="primary" onClick={props.onDeleteSelected}>
            Delete selected
          </Button>
        </div>
      ) : null}
    </div>
  );
}
