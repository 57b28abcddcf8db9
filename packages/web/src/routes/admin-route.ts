import { createRoute, redirect } from "@tanstack/react-router";
import { z } from "zod/mini";
import { adminArticlesQuery, channelsQuery, settingsQuery, usersQuery } from "../api/admin";
import { appRoute } from "./app-route";

/** Administration, for admins (the server refuses everyone else with 403). */
export const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "admin",
}).lazy(() => import("./admin-layout.lazy").then((m) => m.adminLayoutLazyRoute));

export const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/admin/users" });
  },
});

const isAdmin = (ctx: { user: { role: string } }) => ctx.user.role === "admin";

export const adminUsersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "users",
  loader: ({ context }) => (isAdmin(context) ? context.queryClient.prefetchQuery(usersQuery) : undefined),
}).lazy(() => import("./admin-users-page.lazy").then((m) => m.adminUsersLazyRoute));

export const adminChannelsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "channels",
  loader: ({ context }) => (isAdmin(context) ? context.queryClient.prefetchQuery(channelsQuery) : undefined),
}).lazy(() => import("./admin-channels-page.lazy").then((m) => m.adminChannelsLazyRoute));

export const adminSettingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "settings",
  loader: ({ context }) => (isAdmin(context) ? context.queryClient.prefetchQuery(settingsQuery) : undefined),
}).lazy(() => import("./admin-settings-page.lazy").then((m) => m.adminSettingsLazyRoute));

export const adminArticlesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "articles",
  loader: ({ context }) => (isAdmin(context) ? context.queryClient.prefetchQuery(adminArticlesQuery) : undefined),
}).lazy(() => import("./admin-articles-page.lazy").then((m) => m.adminArticlesLazyRoute));

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const Text = z.string().check(z.maxLength(80));
export const AuditSearch = z.object({
  from: z.catch(z.optional(Day), undefined),
  to: z.catch(z.optional(Day), undefined),
  actor: z.catch(z.optional(Text), undefined),
  action: z.catch(z.optional(Text), undefined),
  entity: z.catch(z.optional(Text), undefined),
});
export type AuditSearch = z.output<typeof AuditSearch>;

export const adminAuditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "audit",
  validateSearch: AuditSearch,
}).lazy(() => import("./admin-audit-page.lazy").then((m) => m.adminAuditLazyRoute));

export const adminRoutes = adminRoute.addChildren([adminIndexRoute, adminUsersRoute, adminChannelsRoute, adminSettingsRoute, adminArticlesRoute, adminAuditRoute]);
