import { AppLink } from '../components/ui/app-link.tsx';
import { ROUTES, findRoute } from './routes.ts';

export function MainNav({ pathname }: { pathname: string }) {
  const current = findRoute(pathname);
  return (
    <nav aria-label="Studio">
      <ul className="flex gap-1">
        {ROUTES.map((route) => {
          const active = route === current;
          return (
            <li key={route.path}>
              <AppLink
                href={route.path}
                aria-current={active ? 'page' : undefined}
                className={
                  'block rounded-lg px-3 py-1.5 text-sm font-medium transition-colors ' +
                  (active
                    ? 'bg-surface-raised text-fg'
                    : 'text-muted hover:bg-surface-raised hover:text-fg')
                }
              >
                {route.label}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
