import { createRoute } from "@tanstack/react-router";
import { z } from "zod/mini";
import { rootRoute } from "./root-route";

// Only same-origin paths are honoured, so the login page can't be used as an open redirect.
const LoginSearch = z.object({
  redirect: z.catch(z.optional(z.string().check(z.regex(/^\/(?!\/)/))), undefined),
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "login",
  validateSearch: LoginSearch,
}).lazy(() => import("./login-page.lazy").then((m) => m.loginLazyRoute));
