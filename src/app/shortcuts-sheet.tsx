import { Fragment, type ReactNode } from 'react';
import { Button } from '../components/ui/button.tsx';
import { Dialog } from '../components/ui/dialog.tsx';
import {
  SHORTCUT_GROUPS,
  comboText,
  keyLabel,
  sharedModifiers,
  type KeyCombo,
  type ShortcutGroup,
} from '../lib/shortcuts-catalog.ts';

function Key({ name }: { name: string }) {
  const { text, spoken } = keyLabel(name);
  return (
    <kbd className="min-w-6 rounded-md border border-border bg-surface-raised px-1.5 py-0.5 text-center font-sans text-xs font-medium text-fg">
      {spoken === text ? (
        text
      ) : (
        <>
          <span aria-hidden="true">{text}</span>
          <span className="sr-only">{spoken}</span>
        </>
      )}
    </kbd>
  );
}

const Plus = () => <span aria-hidden="true">+</span>;

/** Items separated by a slash, read out as "or". */
function Alternatives({ items }: { items: Array<{ key: string; node: ReactNode }> }) {
  return items.map(({ key, node }, index) => (
    <Fragment key={key}>
      {index > 0 ? (
        <span className="text-xs text-muted">
          <span aria-hidden="true">/</span>
          <span className="sr-only">or</span>
        </span>
      ) : null}
      {node}
    </Fragment>
  ));
}

function Combo({ combo }: { combo: KeyCombo }) {
  return (
    <span className="inline-flex items-center gap-0.5">
      {combo.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? <Plus /> : null}
          <Key name={key} />
        </Fragment>
      ))}
    </span>
  );
}

/** Shift + ← / → / ↑ / ↓ rather than the modifier four times over. */
function Keys({ keys }: { keys: readonly KeyCombo[] }) {
  const shared = sharedModifiers(keys);
  if (!shared) {
    return (
      <Alternatives
        items={keys.map((combo) => ({ key: comboText(combo), node: <Combo combo={combo} /> }))}
      />
    );
  }
  return (
    <>
      <Combo combo={shared.modifiers} />
      <Plus />
      <Alternatives items={shared.lastKeys.map((key) => ({ key, node: <Key name={key} /> }))} />
    </>
  );
}

function Group({ group }: { group: ShortcutGroup }) {
  const headingId = `shortcuts-${group.id}`;
  return (
    <section aria-labelledby={headingId} className="break-inside-avoid pb-5">
      <h3 id={headingId} className="text-sm font-semibold">
        {group.title}
      </h3>
      {group.where ? <p className="text-xs text-muted">{group.where}</p> : null}
      <dl className="mt-2 grid gap-1.5 text-sm">
        {group.shortcuts.map((shortcut) => (
          <div
            key={shortcut.action}
            className="grid grid-cols-[minmax(0,13rem)_minmax(0,1fr)] items-baseline gap-3"
          >
            <dt className="flex flex-wrap items-center gap-1">
              <Keys keys={shortcut.keys} />
            </dt>
            <dd className="text-muted">{shortcut.action}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Every keyboard shortcut of the studio, from the one catalog in src/lib/shortcuts-catalog.ts. */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      description={
        <p>
          <kbd className="font-sans font-medium text-fg">Ctrl</kbd> is{' '}
          <kbd className="font-sans font-medium text-fg">⌘</kbd> on a Mac. Press Escape to close.
        </p>
      }
      onDismiss={onClose}
      size="wide"
    >
      {/* Focusable, so keyboard users can scroll it when it is taller than the screen. */}
      <div
        role="region"
        aria-label="Shortcuts"
        tabIndex={0}
        className="max-h-[62vh] overflow-y-auto rounded-lg pr-1"
      >
        {/* Columns inside the scrolling box: columns of a fixed height overflow sideways. */}
        <div className="md:columns-2 md:gap-8">
          {SHORTCUT_GROUPS.map((group) => (
            <Group key={group.id} group={group} />
          ))}
        </div>
      </div>
      <div className="mt-4 flex justify-end">
        <Button onClick={onClose} data-autofocus>
          Close
        </Button>
      </div>
    </Dialog>
  );
}
