import { createRoute } from "@tanstack/react-router";
import { analyticsQuery } from "../api/analytics";
import { appRoute } from "./app-route";
import { AnalyticsSearch } from "./analytics-search";

/** Admins and physicians (the server enforces it too). recharts lives only in the lazy chunk. */
export const analyticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "analytics",
  validateSearch: AnalyticsSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => {
    if (context.user.role === "staff") return;
    return context.queryClient.prefetchQuery(analyticsQuery(deps));
  },
}).lazy(() => import("./analytics-page.lazy").then((m) => m.analyticsLazyRoute));
