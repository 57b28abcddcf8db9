import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { notesQuery } from "../api/notes";
import type { ConversationDetail, SessionUser } from "../api/types";
import { useConversationPatch } from "../api/use-conversation-patch";
import { authorLabel, platformLabel, sourceLabel } from "../lib/labels";
import { useConversationKeys } from "../lib/use-conversation-keys";
import { PlatformChip } from "./badges";
import { HistoryList } from "./history-list";
import { MessageItem } from "./message-item";
import { NoteComposer } from "./note-composer";
import { NoteItem } from "./note-item";
import { PresenceBar } from "./presence-bar";
import { usePresence } from "../lib/use-presence";
import { ReplySection } from "./reply-section";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { TriagePanel, UrgentCallout } from "./triage-panel";

type Props = { data: ConversationDetail; me: SessionUser };

/** The thread in context, the reply being drafted, triage controls and the history. */
export function ConversationView({ data, me }: Props) {
  const { conversation: c, messages, drafts } = data;
  const patch = useConversationPatch(c);
  const [helpOpen, setHelpOpen] = useState(false);
  useConversationKeys(c, me.id, patch, () => setHelpOpen(true));
  const platformName = platformLabel[c.platform];
  const [editing, setEditing] = useState(false);
  const others = usePresence(c.id, me.id, editing ? "editing" : "viewing");
  const notes = useQuery(notesQuery(c.id));
  // Messages and internal notes in one timeline, in the order they happened.
  const timeline = [
    ...messages.map((m) => ({ at: m.sentAt, key: m.id, node: <MessageItem key={m.id} m={m} platformName={platformName} /> })),
    ...(notes.data ?? []).map((n) => ({ at: n.createdAt, key: n.id, node: <NoteItem key={n.id} n={n} /> })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));

  return (
    <>
      <div className="thread-head">
        <PlatformChip platform={c.platform} />
        <div>
          <h1>{authorLabel(c)}</h1>
          <p className="muted">
            {sourceLabel(c.kind, c.platform)} · {c.messageCount} {c.messageCount === 1 ? "message" : "messages"}
            {c.url ? (
              <>
                {" · "}
                <a href={c.url} target="_blank" rel="noreferrer noopener">
                  Open on {platformName}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              </>
            ) : null}
          </p>
        </div>
        <button type="button" className="button button-quiet button-small thread-help" onClick={() => setHelpOpen(true)}>
          <span aria-hidden="true">?</span> Shortcuts
        </button>
      </div>
      <PresenceBar others={others} />
      {c.category === "urgent" ? <UrgentCallout /> : null}
      <div className="thread-grid">
        <div className="thread-main">
          <section className="thread-messages" aria-labelledby="messages-title">
            <h2 id="messages-title" className="sr-only">
              Messages
            </h2>
            {c.context?.text || c.context?.url ? (
              <figure className="context">
                <figcaption>In reply to the practice's post</figcaption>
                {c.context.text ? <blockquote>{c.context.text}</blockquote> : null}
                {c.context.url ? (
                  <a href={c.context.url} target="_blank" rel="noreferrer noopener">
                    View the post<span className="sr-only"> (opens in a new tab)</span>
                  </a>
                ) : null}
              </figure>
            ) : null}
            <ol className="messages">{timeline.map((t) => t.node)}</ol>
            {notes.isError ? (
              <p className="text-danger small" role="alert">
                Couldn't load the internal notes: {notes.error.message}
              </p>
            ) : null}
            <NoteComposer conversationId={c.id} />
          </section>
          <ReplySection conversationId={c.id} drafts={drafts} role={me.role} open={c.status === "open"} onEditingChange={setEditing} />
        </div>
        <div className="thread-side">
          <TriagePanel c={c} me={me} patch={patch} />
          <HistoryList conversationId={c.id} />
        </div>
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
