import { createLazyRoute, Link, Outlet, useRouteContext } from "@tanstack/react-router";
import { StateMessage } from "../components/state-message";
import "../styles/analytics-admin.css";

export const adminLayoutLazyRoute = createLazyRoute("/_app/admin")({ component: AdminLayout });

const SECTIONS = [
  { to: "/admin/users", label: "Users" },
  { to: "/admin/channels", label: "Channels" },
  { to: "/admin/settings", label: "Practice settings" },
  { to: "/admin/articles", label: "Articles" },
  { to: "/admin/audit", label: "Audit log" },
] as const;

/** Administration: a section menu and the section's page. Admins only (the API says 403 to others). */
function AdminLayout() {
  const { user } = useRouteContext({ from: "/_app" });
  if (user.role !== "admin") {
    return (
      <div className="admin">
        <h1>Administration</h1>
        <StateMessage title="Administration is for admins">
          <p>Ask an admin of your practice to change users, channels or settings.</p>
        </StateMessage>
      </div>
    );
  }
  return (
    <div className="admin">
      <nav aria-label="Administration" className="subnav">
        {SECTIONS.map((s) => (
          <Link key={s.to} to={s.to} activeProps={{ "aria-current": "page" }}>
            {s.label}
          </Link>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
