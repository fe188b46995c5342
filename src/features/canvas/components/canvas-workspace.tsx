import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { useCanvasShortcuts } from '../hooks/use-canvas-shortcuts.ts';
import { useFillViewport } from '../hooks/use-fill-viewport.ts';
import { useImageImport } from '../hooks/use-image-import.ts';
import { useLiveGeneration } from '../hooks/use-live-generation.ts';
import { useOpenInCanvas } from '../hooks/use-open-in-canvas.ts';
import { useStagingActions } from '../hooks/use-staging-actions.ts';
import { useTestHook } from '../hooks/use-test-hook.ts';
import type { OpenImageState } from '../lib/open-image.ts';
import { CanvasSession } from '../session/canvas-session.ts';
import { SessionContext, useCanvasSession } from '../session/session-context.ts';
import { EditBar } from './edit-bar.tsx';
import { FramePanel } from './frame-panel.tsx';
import { LayersPanel } from './layers-panel.tsx';
import { PromptBar } from './prompt-bar.tsx';
import { ResultsPanel } from './results-panel.tsx';
import { SettingsPanel } from './settings-panel.tsx';
import { SketchStage } from './sketch-stage.tsx';
import { SnapshotsPanel } from './snapshots-panel.tsx';
import { StatusBar } from './status-bar.tsx';
import { ToolPanel } from './tool-panel.tsx';

export interface CanvasWorkspaceProps {
  /** Whose canvas this is: server and user. Everything the canvas keeps is kept under it. */
  scope: string;
  /** "Open in canvas", as the view resolved it from the address. */
  openImage?: OpenImageState | null;
  /** The open request is done with (opened, or given up): the view forgets it. */
  onOpenImageHandled?: () => void;
  /** When given, "Use as init image" hands the composited canvas or a result to Generate. */
  onUseAsInitImage?: (image: Blob, name: string) => void;
}

const noop = () => {};

type StudioProps = Omit<CanvasWorkspaceProps, 'scope'>;

function Studio({ openImage = null, onOpenImageHandled = noop, onUseAsInitImage }: StudioProps) {
  const session = useCanvasSession();
  useEffect(() => {
    session.timing.shown ||= performance.now();
  }, [session]);
  useCanvasShortcuts();
  useLiveGeneration();
  useOpenInCanvas(openImage, onOpenImageHandled);
  useTestHook();
  const importFile = useImageImport();
  const { state, run, accept, discard } = useStagingActions();
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-3 lg:min-h-0 lg:flex-1 lg:grid-cols-[minmax(0,1fr)_minmax(14rem,0.6fr)_20rem] lg:grid-rows-[auto_minmax(0,1fr)]">
      <div className="lg:col-span-2">
        <PromptBar actions={state} run={run} />
      </div>
      <div className="flex flex-col gap-2 lg:min-h-0">
        <EditBar onImport={importFile} onUseAsInitImage={onUseAsInitImage} />
        <div className="aspect-square w-full lg:aspect-auto lg:min-h-0 lg:flex-1">
          <SketchStage onDropFile={importFile} />
        </div>
      </div>
      <ResultsPanel
        onAccept={(item) => void accept(item)}
        onDiscard={discard}
        onUseAsInitImage={onUseAsInitImage}
      />
      {/*
        The side column scrolls on its own; its bottom padding lets its last controls be
        scrolled above the jobs tray, which sits over this corner of the window.
      */}
      <aside
        aria-label="Canvas tools"
        className="relative order-last grid content-start gap-5 rounded-xl border border-border bg-surface p-3 lg:order-none lg:col-start-3 lg:row-span-2 lg:row-start-1 lg:min-h-0 lg:overflow-y-auto lg:pb-48"
      >
        <ToolPanel />
        <LayersPanel />
        <FramePanel />
        <SettingsPanel />
        <SnapshotsPanel />
      </aside>
    </div>
  );
}

/**
 * The realtime canvas: layers, sketch, live result, masks, inpaint, outpaint, refine, upscale,
 * for the user of `scope`. A new scope is a new session: the previous one is written and let go.
 */
export function CanvasWorkspace({ scope, ...props }: CanvasWorkspaceProps) {
  const [session, setSession] = useState<CanvasSession | null>(null);
  const section = useRef<HTMLElement>(null);
  const height = useFillViewport(section);
  useEffect(() => {
    const opened = new CanvasSession(scope);
    let alive = true;
    void opened.ready.then(() => alive && setSession(opened));
    return () => {
      alive = false;
      setSession(null);
      void opened.close();
    };
  }, [scope]);
  const style = { '--canvas-height': `${height}px` } as CSSProperties;
  return (
    <section
      ref={section}
      aria-labelledby="view-heading"
      style={style}
      className="flex flex-col gap-3 lg:h-(--canvas-height)"
    >
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 id="view-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight">
          Canvas
        </h1>
        {session ? (
          <SessionContext value={session}>
            <StatusBar />
          </SessionContext>
        ) : null}
      </div>
      {session ? (
        <SessionContext value={session}>
          <Studio {...props} />
        </SessionContext>
      ) : (
        <LoadingPanel label="Loading your canvas…" />
      )}
    </section>
  );
}
