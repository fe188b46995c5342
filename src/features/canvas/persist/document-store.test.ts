import { describe, expect, it } from 'vitest';
import { imagePoint } from '../../../lib/geometry/points.ts';
import { CanvasDocument } from '../document/canvas-document.ts';
import { DocumentStore } from './document-store.ts';
import { openScopeDb } from './scope-db.ts';

let scopes = 0;
const freshScope = () => `http://127.0.0.1:8787/api/rest/v1\nstore-test-${++scopes}`;

/** One brush stroke across the frame, as the stage would draw it. */
function stroke(doc: CanvasDocument, y: number) {
  doc.beginStroke({ layer: 'paint', blend: 'over', colour: '#000000', opacity: 1 });
  doc.drawLive({ type: 'dot', at: imagePoint(10, y), width: 8, alpha: 1 });
  doc.drawLive({
    type: 'segment',
    from: imagePoint(10, y),
    to: imagePoint(300, y),
    fromWidth: 8,
    toWidth: 8,
    alpha: 1,
  });
  doc.commitStroke();
}

describe('DocumentStore', () => {
  it('writes the arrangement, its layers and every step, and loads them back', async () => {
    const scope = freshScope();
    const db = openScopeDb(scope);
    const doc = new CanvasDocument();
    const store = new DocumentStore(db, doc);
    store.start({ loaded: false });
    stroke(doc, 40);
    stroke(doc, 200);
    doc.extend('right');
    await store.flush();
    const keys = await db.keys();
    const sketch = doc.layers[0]!.id;
    expect(keys).toEqual(
      expect.arrayContaining([
        'doc',
        `layer:${sketch}`,
        `layer:${doc.mask.id}`,
        'entry:1',
        'entry:3',
      ]),
    );
    expect(store.state.get()).toMatchObject({ status: 'saved', error: null });

    const again = new CanvasDocument();
    expect(await new DocumentStore(openScopeDb(scope), again).load()).toBe(true);
    expect(again.size).toEqual({ width: 640, height: 512 });
    expect(again.layers.map((layer) => layer.id)).toEqual([sketch]);
    expect(again.state.get()).toMatchObject({ undoDepth: 3, canUndo: true });
    expect(again.arrangement.frame.fresh).toEqual([{ x: 512, y: 0, width: 128, height: 512 }]);
    // The steps work after the reload: undoing the extension gives the old frame back.
    again.undo();
    expect(again.size).toEqual({ width: 512, height: 512 });
  });

  it('deletes the steps the history drops, and keeps one user apart from another', async () => {
    const scope = freshScope();
    const db = openScopeDb(scope);
    const doc = new CanvasDocument(undefined, { maxEntries: 2, maxBytes: 1e9 });
    const store = new DocumentStore(db, doc);
    store.start({ loaded: false });
    for (const y of [20, 60, 100]) stroke(doc, y);
    await store.flush();
    const entries = (await db.keys()).filter((key) => key.startsWith('entry:')).sort();
    expect(entries).toEqual(['entry:2', 'entry:3']);

    expect(await new DocumentStore(openScopeDb(freshScope()), new CanvasDocument()).load()).toBe(
      false,
    );
  });

  it('finds nothing on a first visit and says so', async () => {
    const doc = new CanvasDocument();
    const store = new DocumentStore(openScopeDb(freshScope()), doc);
    expect(await store.load()).toBe(false);
    expect(doc.state.get().canUndo).toBe(false);
  });

  it('writes nothing for a canvas closed before its stored document was read', async () => {
    const scope = freshScope();
    const first = new CanvasDocument();
    const store = new DocumentStore(openScopeDb(scope), first);
    store.start({ loaded: false });
    stroke(first, 40);
    await store.flush();
    // A second canvas for the same user opens and closes at once (React's StrictMode does this).
    const early = new DocumentStore(openScopeDb(scope), new CanvasDocument());
    await early.dispose();
    const again = new CanvasDocument();
    expect(await new DocumentStore(openScopeDb(scope), again).load()).toBe(true);
    expect(again.state.get().undoDepth).toBe(1);
  });
});
