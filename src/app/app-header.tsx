import { Button } from '../components/ui/button.tsx';
import { JobsTrayButton } from '../features/jobs/index.ts';
import { AccountSummary } from './account-summary.tsx';
import { MainNav } from './main-nav.tsx';
import { ShortcutsButton } from './shortcuts-button.tsx';

interface AppHeaderProps {
  pathname: string;
  onSignOut: () => void;
}

export function AppHeader({ pathname, onSignOut }: AppHeaderProps) {
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5">
        <p className="flex items-center gap-2 font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" className="size-6" />
          Leonardo Studio
        </p>
        <div className="order-last w-full overflow-x-auto sm:order-none sm:w-auto">
          <MainNav pathname={pathname} />
        </div>
        <div className="ml-auto flex items-center gap-3">
          <AccountSummary />
          <JobsTrayButton />
          <ShortcutsButton />
          <Button variant="secondary" onClick={onSignOut}>
            Sign out
          </Button>
        </div>
      </div>
    </header>
  );
}
