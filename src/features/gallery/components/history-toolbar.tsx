import { useId } from 'react';
import type { JobStatus } from '../../../../contract/limits.ts';
import type { PlatformModel } from '../../../../contract/index.ts';
import { Button } from '../../../components/ui/button.tsx';
import {
  formatIndexProgress,
  type HistoryFacets,
  type IndexProgress,
} from '../lib/history-index/index.ts';
import {
  DEFAULT_MODEL,
  type DateRange,
  type GenerationKind,
  type HistoryFilters,
} from '../lib/history-filters.ts';

interface HistoryToolbarProps {
  filters: HistoryFilters;
  onFiltersChange: (patch: Partial<HistoryFilters>) => void;
  /** Facets of the index: the models and sizes the user's history holds. */
  facets: HistoryFacets;
  models: readonly PlatformModel[] | undefined;
  /** What the grid shows: the count line. */
  summary: string;
  progress: IndexProgress;
  onRetryIndex: () => void;
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
const DATE_OPTIONS: Array<[DateRange, string]> = [
  ['any', 'Any time'],
  ['day', 'Last 24 hours'],
  ['week', 'Last 7 days'],
  ['month', 'Last 30 days'],
  ['year', 'Last 12 months'],
];
const SHAPES: Array<[string, string]> = [
  ['all', 'Any size'],
  ['square', 'Square'],
  ['landscape', 'Landscape'],
  ['portrait', 'Portrait'],
];

const count = new Intl.NumberFormat('en-US');

/** What the index is doing, in a few words ("Indexed 1,200 of 3,400"). */
function IndexStatus({ progress, onRetry }: { progress: IndexProgress; onRetry: () => void }) {
  if (progress.state === 'failed') {
    return (
      <span className="flex items-center gap-2 text-danger">
        Search covers only what is loaded: {progress.error}
        <Button variant="ghost" className="px-2 py-1 text-xs" onClick={onRetry}>
          Index again
        </Button>
      </span>
    );
  }
  if (progress.complete && (progress.state === 'complete' || progress.state === 'idle')) {
    return <span>Search covers all {count.format(progress.indexed)} generations</span>;
  }
  const doing =
    progress.state === 'loading'
      ? 'Reading the local index…'
      : progress.state === 'counting'
        ? 'Counting your generations…'
        : formatIndexProgress(progress);
  const why =
    progress.state === 'paused'
      ? ' (paused while the tab is hidden)'
      : progress.state === 'waiting'
        ? ' (the server asked to wait)'
        : '';
  return (
    <span>
      {doing}
      {why}
    </span>
  );
}

function Select<T extends string>(props: {
  label: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {props.label}
      </label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T)}
        className={controlClass}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search and filters over all of History (the local index), and where the index stands. */
export function HistoryToolbar(props: HistoryToolbarProps) {
  const { filters, onFiltersChange, facets, models, summary, progress } = props;
  const searchId = useId();
  const favouritesId = useId();
  const modelOptions: Array<[string, string]> = [
    ['all', 'Any model'],
    ...facets.models.map(({ modelId }): [string, string] =>
      modelId === null
        ? [DEFAULT_MODEL, 'Server default']
        : [modelId, models?.find((m) => m.id === modelId)?.name ?? modelId],
    ),
  ];
  // A chosen model the index no longer holds stays choosable rather than vanishing.
  if (!modelOptions.some(([value]) => value === filters.model)) {
    modelOptions.push([filters.model, filters.model]);
  }
  const sizeOptions: Array<[string, string]> = [
    ...SHAPES,
    ...facets.sizes.map(({ width, height }): [string, string] => [
      `${width}x${height}`,
      `${width} × ${height}`,
    ]),
  ];
  if (!sizeOptions.some(([value]) => value === filters.size)) {
    sizeOptions.push([filters.size, filters.size]);
  }
  return (
    <div className="grid gap-2">
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
            className={`${controlClass} w-64 placeholder:italic`}
          />
        </div>
        <Select
          label="Kind"
          value={filters.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => onFiltersChange({ kind })}
        />
        <Select
          label="Status"
          value={filters.status}
          options={STATUS_OPTIONS}
          onChange={(status) => onFiltersChange({ status })}
        />
        <Select
          label="Model"
          value={filters.model}
          options={modelOptions}
          onChange={(model) => onFiltersChange({ model })}
        />
        <Select
          label="Size"
          value={filters.size}
          options={sizeOptions}
          onChange={(size) => onFiltersChange({ size })}
        />
        <Select
          label="Date"
          value={filters.date}
          options={DATE_OPTIONS}
          onChange={(date) => onFiltersChange({ date })}
        />
        <label htmlFor={favouritesId} className="flex items-center gap-2 pb-2 text-sm">
          <input
            id={favouritesId}
            type="checkbox"
            checked={filters.favourites}
            onChange={(event) => onFiltersChange({ favourites: event.target.checked })}
            className="size-4 accent-accent"
          />
          Favourites only
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted">
        <p role="status">{summary}</p>
        <p className="text-xs">
          <IndexStatus progress={progress} onRetry={props.onRetryIndex} />
        </p>
      </div>
    </div>
  );
}
