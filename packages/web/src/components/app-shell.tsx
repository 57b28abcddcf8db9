import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, Outlet, useNavigate, useRouteContext } from "@tanstack/react-router";
import { logout } from "../api/auth";
import { isUnauthorized } from "../api/http";
import { roleLabel } from "../lib/labels";
import { useRouteFocus } from "../lib/use-route-focus";

export function AppShell() {
  const { user } = useRouteContext({ from: "/_app" });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: (_data, error) => {
      if (error && !isUnauthorized(error)) return;
      queryClient.clear();
      void navigate({ to: "/login", search: {} });
    },
  });
  useRouteFocus();
  const canApprove = user.role === "physician" || user.role === "admin";

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            B
          </span>
          <span className="brand-text">
            <span className="brand-name">Bedside</span>
            <span className="brand-practice">{user.practice.name}</span>
          </span>
        </div>
        <nav aria-label="Main" className="mainnav">
          <Link
            to="/inbox"
            search={{ status: "open" }}
            activeOptions={{ includeSearch: false }}
            activeProps={{ "aria-current": "page" }}
          >
            Inbox
          </Link>
          {canApprove ? (
            <Link to="/approvals" activeProps={{ "aria-current": "page" }}>
              Approvals
            </Link>
          ) : null}
          {canApprove ? (
            <Link to="/analytics" activeProps={{ "aria-current": "page" }}>
              Analytics
            </Link>
          ) : null}
          {user.role === "admin" ? (
            <Link to="/admin" activeProps={{ "aria-current": "page" }}>
              Admin
            </Link>
          ) : null}
        </nav>
        <p className="account-who">
          <span className="account-name">{user.name}</span>
          <span className="account-role">{roleLabel[user.role]}</span>
        </p>
        <button
          type="button"
          className="button button-quiet signout"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          {signOut.isPending ? "Signing out…" : "Sign out"}
        </button>
      </header>
      {signOut.isError ? (
        <p className="banner banner-error" role="alert">
          Couldn't sign out: {signOut.error.message}
        </p>
      ) : null}
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
    </div>
  );
}
