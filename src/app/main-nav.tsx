import { useQueryClient } from '@tanstack/react-query';
import { AppLink } from '../components/ui/app-link.tsx';
import { useApiClient } from '../hooks/use-api-client.ts';
import { useMe } from '../hooks/use-me.ts';
import { ROUTES, findRoute, type StudioRoute } from './routes.ts';

export function MainNav({ pathname }: { pathname: string }) {
  const current = findRoute(pathname);
  const queryClient = useQueryClient();
  const client = useApiClient();
  const userId = useMe().data?.user_details[0]?.user.id;

  // Pointing at or focusing a link is the intent to open it: its code and first data are
  // requested then, so the view is usually ready by the time the click lands.
  function prepare(route: StudioRoute) {
    void route.preload().catch(() => {});
    if (userId) route.prefetch?.({ queryClient, client, userId });
  }

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
                onPointerEnter={active ? undefined : () => prepare(route)}
                onFocus={active ? undefined : () => prepare(route)}
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
