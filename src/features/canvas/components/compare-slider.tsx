import { useId, useState } from 'react';

/**
 * Before and after, one over the other: left of the line is before, right of it after. The range
 * input makes it work by keyboard (arrows, Home, End) and reads out as a percentage.
 */
export function CompareSlider({
  before,
  after,
  label,
}: {
  before: string;
  after: string;
  label: string;
}) {
  const [position, setPosition] = useState(50);
  const id = useId();
  return (
    <figure className="flex min-h-0 flex-1 flex-col gap-2">
      <div className="relative aspect-square w-full overflow-hidden rounded-lg border border-border lg:aspect-auto lg:min-h-0 lg:flex-1">
        <img
          src={before}
          alt={`${label}: before`}
          className="absolute inset-0 size-full object-contain"
        />
        <img
          src={after}
          alt={`${label}: after`}
          className="absolute inset-0 size-full object-contain"
          style={{ clipPath: `inset(0 0 0 ${position}%)` }}
        />
        <span
          aria-hidden="true"
          className="absolute inset-y-0 w-0.5 bg-white shadow-[0_0_0_1px_rgba(0,0,0,0.4)]"
          style={{ left: `${position}%` }}
        />
      </div>
      <figcaption className="flex items-center gap-3 text-sm">
        <label htmlFor={id} className="font-medium">
          Compare position
        </label>
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          value={position}
          aria-valuetext={`${position} % before, ${100 - position} % after`}
          onChange={(event) => setPosition(Number(event.target.value))}
          className="w-40 accent-accent"
        />
        <span className="text-muted">before ← → after</span>
      </figcaption>
    </figure>
  );
}
