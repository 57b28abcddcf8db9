import { createRoute, redirect } from "@tanstack/react-router";
import { meQuery } from "../api/auth";
import { isUnauthorized } from "../api/http";
import { AppShell } from "../components/app-shell";
import { rootRoute } from "./root-route";

/** Pathless layout: every page inside needs a session. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "_app",
  beforeLoad: async ({ context, location }) => {
    try {
      const user = await context.queryClient.ensureQueryData(meQuery);
      return { user };
    } catch (e) {
      if (isUnauthorized(e)) throw redirect({ to: "/login", search: { redirect: location.href } });
      throw e;
    }
  },
  component: AppShell,
});

export const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  beforeLoad: () => {
    throw redirect({ to: "/inbox", search: { status: "open" } });
  },
});
