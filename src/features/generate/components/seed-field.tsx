import { useId } from 'react';
import { SEED_MAX } from '../../../../contract/limits.ts';
import { Button } from '../../../components/ui/button.tsx';
import type { SeedMode } from '../lib/form-state.ts';
import { rollSeed } from '../lib/seed.ts';
import { inputClass } from '../../../components/ui/form-field.tsx';

interface SeedFieldProps {
  mode: SeedMode;
  seed: string;
  onChange: (patch: { seedMode?: SeedMode; seed?: string }) => void;
  error: string | null;
}

export function SeedField({ mode, seed, onChange, error }: SeedFieldProps) {
  const name = useId();
  const inputId = useId();
  const errorId = useId();
  return (
    <fieldset>
      <legend className="text-sm font-medium">Seed</legend>
      <div className="mt-1.5 flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={name}
            checked={mode === 'random'}
            onChange={() => onChange({ seedMode: 'random' })}
            className="accent-accent"
          />
          Random
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name={name}
            checked={mode === 'fixed'}
            onChange={() =>
              onChange({ seedMode: 'fixed', seed: seed.trim() === '' ? String(rollSeed()) : seed })
            }
            className="accent-accent"
          />
          Fixed
        </label>
      </div>
      {mode === 'fixed' ? (
        <div className="mt-2">
          <label htmlFor={inputId} className="sr-only">
            Seed value
          </label>
          <div className="flex gap-2">
            <input
              id={inputId}
              type="number"
              inputMode="numeric"
              min={0}
              max={SEED_MAX}
              step={1}
              value={seed}
              onChange={(event) => onChange({ seed: event.target.value })}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className={inputClass}
            />
            <Button
              aria-label="Roll a new seed"
              title="Roll a new seed"
              onClick={() => onChange({ seed: String(rollSeed()) })}
            >
              <span aria-hidden="true">🎲</span>
            </Button>
          </div>
          {error ? (
            <p id={errorId} className="mt-1 text-sm text-danger">
              {error}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="mt-1 text-xs text-muted">The server picks a new seed for every request.</p>
      )}
    </fieldset>
  );
}
