import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, Outlet } from "@tanstack/react-router";
import { RouteError } from "../components/route-error";

export type RouterContext = { queryClient: QueryClient };

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
});

function NotFound() {
  return (
    <main id="main" className="page-center">
      <h1>Page not found</h1>
      <p>
        That address doesn't match a page in Bedside. <a href="/inbox">Go to the inbox</a>.
      </p>
    </main>
  );
}
