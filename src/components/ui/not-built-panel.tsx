/** What a view shows until it is built: says so plainly instead of offering controls that do nothing. */
export function NotBuiltPanel({ name, summary }: { name: string; summary: string }) {
  return (
    <section
      aria-labelledby="view-heading"
      className="mx-auto mt-12 max-w-xl rounded-2xl border border-dashed border-border bg-surface p-8"
    >
      <h1 id="view-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight">
        {name}
      </h1>
      <p className="mt-3 text-muted">This part of the studio is not built yet.</p>
      <p className="mt-2 text-sm text-muted">{summary}</p>
    </section>
  );
}
