import { AppLink } from '../components/ui/app-link.tsx';
import { DEFAULT_PATH } from './routes.ts';

export function NotFoundView() {
  return (
    <section aria-labelledby="view-heading" className="mx-auto mt-12 max-w-xl p-8">
      <h1 id="view-heading" className="text-2xl font-semibold tracking-tight">
        Page not found
      </h1>
      <p className="mt-3 text-muted">
        The studio has no page at this address.{' '}
        <AppLink href={DEFAULT_PATH} className="font-medium text-accent-text underline">
          Go to Generate
        </AppLink>
      </p>
    </section>
  );
}
