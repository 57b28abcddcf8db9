import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createLazyRoute } from "@tanstack/react-router";
import { type FormEvent, useId, useState } from "react";
import { type ChannelRow, channelsQuery, connectChannel, disconnectChannel, reconnectChannel } from "../api/admin";
import { platforms, type Platform } from "../api/types";
import { ConfirmButton } from "../components/admin/confirm-button";
import { parseCredentialLines } from "../components/admin/credential-lines";
import { MutationError } from "../components/admin/mutation-error";
import { QueryState } from "../components/admin/query-state";
import { PlatformChip } from "../components/badges";
import { StateMessage } from "../components/state-message";
import { platformLabel } from "../lib/labels";
import { describeElapsed, formatDateTime, useNow } from "../lib/time";
import { usePageTitle } from "../lib/use-page-title";

export const adminChannelsLazyRoute = createLazyRoute("/_app/admin/channels")({ component: ChannelsPage });

/** Connected accounts with their health; connect, reconnect (new credentials) and disconnect. */
function ChannelsPage() {
  usePageTitle("Channels");
  const query = useQuery({ ...channelsQuery, refetchInterval: 60_000 });
  return (
    <section className="admin-page" aria-labelledby="channels-title">
      <div className="page-head">
        <h1 id="channels-title">Channels</h1>
      </div>
      <QueryState query={query} what="the channels">
        {(channels) =>
          channels.length === 0 ? (
            <StateMessage title="No channels connected">
              <p>Connect the practice's accounts below; messages start arriving as soon as a channel is connected.</p>
            </StateMessage>
          ) : (
            <ul className="channel-list" aria-label="Connected channels">
              {channels.map((c) => (
                <li key={c.id}>
                  <ChannelCard channel={c} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <ConnectForm />
    </section>
  );
}

const flagText = { failing: "Failing", silent: "Silent" } as const;

function ChannelCard({ channel }: { channel: ChannelRow }) {
  const queryClient = useQueryClient();
  const now = useNow();
  const [reconnecting, setReconnecting] = useState(false);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
  const disconnect = useMutation({ mutationFn: () => disconnectChannel(channel.id), onSuccess: refresh });
  const h = channel.health;
  const demo = channel.settings.demo === true;
  return (
    <article className={`panel channel${channel.flag ? ` channel-${channel.flag}` : ""}`} aria-labelledby={`ch-${channel.id}`}>
      <div className="channel-head">
        <PlatformChip platform={channel.platform} />
        <h2 id={`ch-${channel.id}`}>{channel.displayName}</h2>
        <span className={`health health-${channel.flag ?? "ok"}`}>{channel.flag ? flagText[channel.flag] : "Healthy"}</span>
      </div>
      <dl className="facts channel-facts">
        <div>
          <dt>Account</dt>
          <dd>
            {platformLabel[channel.platform]} · <code>{channel.accountId}</code>
            {demo ? <span className="muted small"> (demo, never polled)</span> : null}
          </dd>
        </div>
        <div>
          <dt>Last event</dt>
          <dd>{h.lastEventAt ? <time dateTime={h.lastEventAt} title={formatDateTime(h.lastEventAt)}>{describeElapsed(h.lastEventAt, now)} ago</time> : "None yet"}</dd>
        </div>
        <div>
          <dt>Last poll</dt>
          <dd>{h.lastPollAt ? <time dateTime={h.lastPollAt} title={formatDateTime(h.lastPollAt)}>{describeElapsed(h.lastPollAt, now)} ago</time> : "Not yet"}</dd>
        </div>
        <div>
          <dt>Credentials</dt>
          <dd>{h.credentialsFailing ? <strong className="text-danger">Refused by {platformLabel[channel.platform]}: reconnect</strong> : "Accepted"}</dd>
        </div>
        <div>
          <dt>Last error</dt>
          <dd>
            {h.lastError ? (
              <>
                <span className="text-danger">{h.lastError}</span>
                {h.lastErrorAt ? <span className="muted small"> · {formatDateTime(h.lastErrorAt)}</span> : null}
              </>
            ) : (
              "None"
            )}
          </dd>
        </div>
      </dl>
      <div className="button-row">
        <button type="button" className="button button-small" aria-expanded={reconnecting} onClick={() => setReconnecting(!reconnecting)}>
          Reconnect<span className="sr-only"> {channel.displayName}</span>
        </button>
        <ConfirmButton label="Disconnect" confirmLabel="Disconnect now" what={channel.displayName} pending={disconnect.isPending} onConfirm={() => disconnect.mutate()} />
      </div>
      <MutationError error={disconnect.error} />
      {reconnecting ? <ReconnectForm channel={channel} onDone={() => setReconnecting(false)} /> : null}
    </article>
  );
}

function ReconnectForm({ channel, onDone }: { channel: ChannelRow; onDone: () => void }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (credentials: Record<string, string>) => reconnectChannel(channel.id, credentials),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseCredentialLines(text);
    if ("error" in parsed) return setError(parsed.error);
    setError(null);
    save.mutate(parsed.credentials);
  };
  return (
    <form className="form reconnect" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-cred`}>New credentials for {channel.displayName}</label>
        <textarea id={`${id}-cred`} rows={3} required value={text} onChange={(e) => setText(e.target.value)} placeholder="accessToken=…" aria-describedby={`${id}-help`} autoComplete="off" spellCheck={false} />
        <p id={`${id}-help`} className="small muted">
          One <code>name=value</code> per line. Stored for the platform's API, never shown again.
        </p>
      </div>
      {error ? (
        <p className="text-danger small" role="alert">
          {error}
        </p>
      ) : null}
      <MutationError error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save and reconnect"}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ConnectForm() {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ platform: "facebook" as Platform, accountId: "", displayName: "", credentials: "" });
  const [error, setError] = useState<string | null>(null);
  const connect = useMutation({
    mutationFn: connectChannel,
    onSuccess: () => {
      setForm({ platform: form.platform, accountId: "", displayName: "", credentials: "" });
      void queryClient.invalidateQueries({ queryKey: channelsQuery.queryKey });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseCredentialLines(form.credentials);
    if ("error" in parsed) return setError(parsed.error);
    setError(null);
    connect.mutate({ platform: form.platform, accountId: form.accountId, displayName: form.displayName, credentials: parsed.credentials });
  };
  return (
    <form className="panel admin-form" onSubmit={submit} aria-labelledby="connect-title">
      <h2 id="connect-title">Connect a channel</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor="connect-platform">Platform</label>
          <select id="connect-platform" value={form.platform} onChange={(e) => setForm({ ...form, platform: e.target.value as Platform })}>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {platformLabel[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="connect-account">Account id</label>
          <input id="connect-account" required maxLength={300} value={form.accountId} onChange={(e) => setForm({ ...form, accountId: e.target.value })} aria-describedby="connect-account-help" />
        </div>
        <div className="field">
          <label htmlFor="connect-name">Display name</label>
          <input id="connect-name" required maxLength={120} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        </div>
      </div>
      <p id="connect-account-help" className="small muted">
        The page id, X user id, review location, organization URN, site address, inbound email address or SMS number, as the README's section for the platform describes.
      </p>
      <div className="field">
        <label htmlFor="connect-credentials">Credentials</label>
        <textarea id="connect-credentials" rows={3} value={form.credentials} onChange={(e) => setForm({ ...form, credentials: e.target.value })} placeholder="accessToken=…" autoComplete="off" spellCheck={false} aria-describedby="connect-cred-help" />
        <p id="connect-cred-help" className="small muted">
          One <code>name=value</code> per line; none for webhook-only channels such as email.
        </p>
      </div>
      {error ? (
        <p className="text-danger small" role="alert">
          {error}
        </p>
      ) : null}
      <MutationError error={connect.error} />
      <div>
        <button type="submit" className="button button-primary" disabled={connect.isPending}>
          {connect.isPending ? "Connecting…" : "Connect"}
        </button>
      </div>
    </form>
  );
}
