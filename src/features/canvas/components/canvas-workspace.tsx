import { useEffect } from 'react';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { hydrateCanvas } from '../document/canvas-session.ts';
import { useCanvasShortcuts } from '../hooks/use-canvas-shortcuts.ts';
import { useSessionState } from '../hooks/use-document.ts';
import { useImageImport } from '../hooks/use-image-import.ts';
import { useLiveGeneration } from '../hooks/use-live-generation.ts';
import { useOpenInCanvas } from '../hooks/use-open-in-canvas.ts';
import { useStagingActions } from '../hooks/use-staging-actions.ts';
import { useTestHook } from '../hooks/use-test-hook.ts';
import { ActionsPanel } from './actions-panel.tsx';
import { EditBar } from './edit-bar.tsx';
import { LivePanel } from './live-panel.tsx';
import { SettingsPanel } from './settings-panel.tsx';
import { SketchStage } from './sketch-stage.tsx';
import { StagingStrip } from './staging-strip.tsx';
import { StatusBar } from './status-bar.tsx';
import { ToolPanel } from './tool-panel.tsx';

function Studio() {
  useCanvasShortcuts();
  useLiveGeneration();
  useOpenInCanvas();
  useTestHook();
  const importFile = useImageImport();
  const { run, accept, discard } = useStagingActions();
  return (
    <div className="grid gap-4">
      <div className="grid items-start gap-4 lg:grid-cols-[14rem_minmax(0,1fr)_minmax(0,1fr)]">
        <ToolPanel />
        <div className="grid gap-2">
          <EditBar onImport={importFile} />
          <SketchStage onDropFile={importFile} />
        </div>
        <LivePanel />
      </div>
      <SettingsPanel />
      <ActionsPanel run={run} />
      <StagingStrip onAccept={(item) => void accept(item)} onDiscard={discard} />
    </div>
  );
}

/** The realtime canvas: sketch, live result, masks, inpaint, refine, upscale. */
export function CanvasWorkspace() {
  const loading = useSessionState((s) => s.status === 'loading');
  useEffect(() => {
    void hydrateCanvas();
  }, []);
  return (
    <section aria-labelledby="view-heading" className="grid gap-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 id="view-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight">
          Canvas
        </h1>
        <StatusBar />
      </div>
      {loading ? <LoadingPanel label="Loading your sketch…" /> : <Studio />}
    </section>
  );
}
