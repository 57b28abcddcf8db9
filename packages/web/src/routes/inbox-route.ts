import { createRoute } from "@tanstack/react-router";
import { conversationQuery, conversationsQuery, inboxFilters } from "../api/conversations";
import { appRoute } from "./app-route";
import { InboxSearch } from "./inbox-search";

export const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "inbox",
  validateSearch: InboxSearch,
  loaderDeps: ({ search }) => search,
  // Prime the cache; errors surface in the page (prefetch never throws).
  loader: ({ context, deps }) => context.queryClient.prefetchInfiniteQuery(conversationsQuery(inboxFilters(deps, context.user.id))),
}).lazy(() => import("./inbox-page.lazy").then((m) => m.inboxLazyRoute));

export const conversationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "inbox/$conversationId",
  loader: ({ context, params }) => context.queryClient.prefetchQuery(conversationQuery(params.conversationId)),
}).lazy(() => import("./conversation-page.lazy").then((m) => m.conversationLazyRoute));

export const approvalsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "approvals",
}).lazy(() => import("./approvals-page.lazy").then((m) => m.approvalsLazyRoute));
