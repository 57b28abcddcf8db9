import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createLazyRoute, useRouteContext } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { inviteUser, updateUser, type UserRow, usersQuery } from "../api/admin";
import { roles, type Role } from "../api/types";
import { ConfirmButton } from "../components/admin/confirm-button";
import { MutationError } from "../components/admin/mutation-error";
import { QueryState } from "../components/admin/query-state";
import { StateMessage } from "../components/state-message";
import { roleLabel } from "../lib/labels";
import { formatDateTime } from "../lib/time";
import { usePageTitle } from "../lib/use-page-title";

export const adminUsersLazyRoute = createLazyRoute("/_app/admin/users")({ component: UsersPage });

/** Invite, change role, deactivate (which ends the person's sessions at once) and reactivate. */
function UsersPage() {
  usePageTitle("Users");
  const query = useQuery(usersQuery);
  return (
    <section className="admin-page" aria-labelledby="users-title">
      <div className="page-head">
        <h1 id="users-title">Users</h1>
      </div>
      <InviteForm />
      <QueryState query={query} what="the users">
        {(users) =>
          users.length === 0 ? (
            <StateMessage title="No users yet">
              <p>Invite the people who answer the practice's messages.</p>
            </StateMessage>
          ) : (
            <UserTable users={users} />
          )
        }
      </QueryState>
    </section>
  );
}

function InviteForm() {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: "", email: "", role: "staff" as Role });
  const invite = useMutation({
    mutationFn: inviteUser,
    onSuccess: () => {
      setForm({ name: "", email: "", role: "staff" });
      void queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate(form);
  };
  return (
    <form className="panel admin-form" onSubmit={submit} aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a user</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor="invite-name">Name</label>
          <input id="invite-name" required maxLength={120} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="invite-email">Email</label>
          <input id="invite-email" type="email" required maxLength={200} value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabel[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary" disabled={invite.isPending}>
          {invite.isPending ? "Inviting…" : "Invite"}
        </button>
      </div>
      <MutationError error={invite.error} />
      {invite.data ? (
        <div className="notice one-time" role="status">
          <h3>{invite.data.user.name} can now sign in</h3>
          <p>
            One-time password: <code className="secret">{invite.data.oneTimePassword}</code>
          </p>
          <p className="small muted">Give it to them in person or by phone. It is shown only now; Bedside keeps only its hash.</p>
        </div>
      ) : null}
    </form>
  );
}

function UserTable({ users }: { users: UserRow[] }) {
  const { user: me } = useRouteContext({ from: "/_app" });
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: ({ id, change }: { id: string; change: Parameters<typeof updateUser>[1] }) => updateUser(id, change),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
  return (
    <>
      <MutationError error={update.error} />
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">The practice's users</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const self = u.id === me.id;
              return (
                <tr key={u.id} className={u.status === "deactivated" ? "row-inactive" : undefined}>
                  <th scope="row">
                    {u.name}
                    {self ? <span className="muted small"> (you)</span> : null}
                  </th>
                  <td>{u.email}</td>
                  <td>
                    <select
                      aria-label={`Role of ${u.name}`}
                      className="select-small"
                      value={u.role}
                      disabled={self || u.status === "deactivated" || update.isPending}
                      onChange={(e) => update.mutate({ id: u.id, change: { role: e.target.value as Role } })}
                    >
                      {roles.map((r) => (
                        <option key={r} value={r}>
                          {roleLabel[r]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{u.status === "active" ? "Active" : "Deactivated"}</td>
                  <td>{formatDateTime(u.createdAt)}</td>
                  <td>
                    {self ? null : u.status === "active" ? (
                      <ConfirmButton label="Deactivate" confirmLabel="Deactivate and sign out" what={u.name} pending={update.isPending} onConfirm={() => update.mutate({ id: u.id, change: { status: "deactivated" } })} />
                    ) : (
                      <button type="button" className="button button-small" disabled={update.isPending} onClick={() => update.mutate({ id: u.id, change: { status: "active" } })}>
                        Reactivate<span className="sr-only"> {u.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">Deactivating a user ends every session they have at once; their past actions stay in the audit log.</p>
    </>
  );
}
