// The signed-in phone frame: acting-for banner on top, the page, the tab bar at the bottom.
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { ActingBanner } from './ActingBanner.tsx';
import { PageLoading } from './states.tsx';
import { TabNav } from './TabNav.tsx';

export function H5Layout() {
  return (
    <div className="hy-m-shell">
      <ActingBanner />
      <main className="hy-m-main" id="main">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <TabNav />
    </div>
  );
}
