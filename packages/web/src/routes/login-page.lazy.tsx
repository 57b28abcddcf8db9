import { useMutation, useQueryClient } from "@tanstack/react-query";
import { createLazyRoute, getRouteApi, useRouter } from "@tanstack/react-router";
import { type FormEvent, useId, useRef } from "react";
import { login, meQuery } from "../api/auth";
import { isApiError } from "../api/http";
import { usePageTitle } from "../lib/use-page-title";

const route = getRouteApi("/login");

export const loginLazyRoute = createLazyRoute("/login")({ component: LoginPage });

const demoUsers = ["staff@riverside.test", "physician@riverside.test", "admin@riverside.test"];

function loginErrorMessage(error: unknown): string {
  if (!isApiError(error)) return "Something went wrong. Try again.";
  if (error.status === 401) return "That email and password don't match an account. Check both and try again.";
  if (error.status === 429) return "Too many sign-in attempts. Wait a minute, then try again.";
  return error.message;
}

function LoginPage() {
  usePageTitle("Sign in");
  const { redirect } = route.useSearch();
  const router = useRouter();
  const queryClient = useQueryClient();
  const errorId = useId();
  const emailRef = useRef<HTMLInputElement>(null);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async ({ user }) => {
      queryClient.setQueryData(meQuery.queryKey, user);
      await router.invalidate();
      await router.history.push(redirect ?? "/inbox");
    },
    onError: () => emailRef.current?.focus(),
  });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    mutation.mutate({ email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? "") });
  }

  const invalid = mutation.isError || undefined;
  return (
    <main id="main" className="login">
      <div className="login-card">
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true">
            B
          </span>
          <span className="brand-name">Bedside</span>
        </div>
        <h1>Sign in</h1>
        <p className="muted">Your practice's messages from every channel, triaged in one inbox.</p>
        {mutation.isError ? (
          <div id={errorId} className="notice notice-error" role="alert">
            <p>{loginErrorMessage(mutation.error)}</p>
          </div>
        ) : null}
        <form onSubmit={onSubmit} className="form" noValidate={false}>
          <div className="field">
            <label htmlFor="email">Email</label>
            <input
              ref={emailRef}
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              autoFocus
              aria-invalid={invalid}
              aria-describedby={invalid && errorId}
            />
          </div>
          <div className="field">
            <label htmlFor="password">Password</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={invalid}
              aria-describedby={invalid && errorId}
            />
          </div>
          <button type="submit" className="button button-primary button-block" disabled={mutation.isPending}>
            {mutation.isPending ? "Signing in…" : "Sign in"}
          </button>
        </form>
        <aside className="demo-hint" aria-label="Demo accounts">
          <p>
            Demo accounts, all with password <code>bedside-demo</code>:
          </p>
          <ul>
            {demoUsers.map((email) => (
              <li key={email}>
                <code>{email}</code>
              </li>
            ))}
          </ul>
          <p>
            The same roles exist at a second practice, <code>@lakeside.test</code>.
          </p>
        </aside>
      </div>
    </main>
  );
}
