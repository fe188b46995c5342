import { Button } from '../components/ui/button.tsx';

/**
 * What the studio shows if the shell itself fails to render (a view's failure stays inside the
 * view): the error's one-line message and a way out, never a blank page or a stack trace.
 */
export function AppFailed({ error }: { error: Error }) {
  return (
    <main className="grid min-h-full place-items-center p-6">
      <div
        role="alert"
        className="w-full max-w-xl rounded-2xl border border-border bg-surface p-8 shadow-xl shadow-black/10"
      >
        <h1 className="text-xl font-semibold tracking-tight">The studio stopped working</h1>
        <p className="mt-2 text-sm text-muted">
          Something went wrong while showing this page: {error.message || 'an unknown error'}. Your
          sign-in and your work saved on the server are kept; reloading usually helps.
        </p>
        <Button variant="primary" className="mt-5" onClick={() => window.location.reload()}>
          Reload the studio
        </Button>
      </div>
    </main>
  );
}
