import { QueryCache, QueryClient } from "@tanstack/react-query";
import { createRouter } from "@tanstack/react-router";
import { isApiError, isUnauthorized } from "./api/http";
import { appRoute, indexRoute } from "./routes/app-route";
import { approvalsRoute, conversationRoute, inboxRoute } from "./routes/inbox-route";
import { loginRoute } from "./routes/login-route";
import { analyticsRoute } from "./routes/analytics-route";
import { adminRoutes } from "./routes/admin-route";
import { rootRoute } from "./routes/root-route";
import { PagePending } from "./components/page-pending";

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([indexRoute, inboxRoute, conversationRoute, approvalsRoute, analyticsRoute, adminRoutes]),
]);

export function createAppRouter() {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that expires mid-use sends the user back to sign in, then here.
      onError: (error) => {
        if (!isUnauthorized(error) || router.state.location.pathname === "/login") return;
        queryClient.clear();
        void router.navigate({ to: "/login", search: { redirect: router.state.location.href } });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        // Client errors won't fix themselves; retry only network and server failures.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });

  const router = createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: "intent",
    // Query owns caching; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PagePending,
    scrollRestoration: true,
  });
  return { router, queryClient };
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>["router"];
  }
}
