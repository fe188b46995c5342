import { useId, useState } from 'react';

interface CompareSliderProps {
  before: string;
  after: string;
  /** What is compared, for the images' alt text. */
  label: string;
  /** How the two sides are named (the canvas: before and after; History: two generations). */
  beforeName?: string;
  afterName?: string;
  /** Layout of the whole and of the picture's frame, where the default (centred, square) does not fit. */
  className?: string;
  frameClassName?: string;
  sliderClassName?: string;
}

/**
 * Two images one over the other: left of the line the first, right of it the second. The range
 * input makes it work by keyboard (arrows, Home, End) and reads out as a percentage. The shared
 * canvas's before/after slider and History's Compare: every view that compares two pictures.
 */
export function CompareSlider({
  before,
  after,
  label,
  beforeName = 'before',
  afterName = 'after',
  className = 'grid gap-2',
  frameClassName = 'mx-auto aspect-square w-full max-w-[min(36rem,60vh)]',
  sliderClassName = 'w-64',
}: CompareSliderProps) {
  const [position, setPosition] = useState(50);
  const id = useId();
  return (
    <figure className={className}>
      <div
        className={`relative overflow-hidden rounded-lg border border-border bg-surface-raised ${frameClassName}`}
      >
        <img
          src={before}
          alt={`${label}: ${beforeName}`}
          className="absolute inset-0 size-full object-contain"
        />
        <img
          src={after}
          alt={`${label}: ${afterName}`}
          className="absolute inset-0 size-full object-contain"
          style={{ clipPath: `inset(0 0 0 ${position}%)` }}
        />
        <span
          aria-hidden="true"
          className="absolute inset-y-0 w-0.5 bg-white shadow-[0_0_0_1px_rgba(0,0,0,0.4)]"
          style={{ left: `${position}%` }}
        />
      </div>
      <figcaption className="flex flex-wrap items-center gap-3 text-sm">
        <label htmlFor={id} className="font-medium">
          Compare position
        </label>
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          value={position}
          aria-valuetext={`${position} % ${beforeName}, ${100 - position} % ${afterName}`}
          onChange={(event) => setPosition(Number(event.target.value))}
          className={`${sliderClassName} accent-accent`}
        />
        <span className="text-muted">
          {beforeName} ← → {afterName}
        </span>
      </figcaption>
    </figure>
  );
}
