import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { addNote, NOTE_MAX_LENGTH, notesQuery } from "../api/notes";

/** Writes an internal note for the team. Notes are never sent to the author. */
export function NoteComposer({ conversationId }: { conversationId: string }) {
  const [text, setText] = useState("");
  const id = useId();
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => addNote(conversationId, text),
    onSuccess: (note) => {
      setText("");
      queryClient.setQueryData(notesQuery(conversationId).queryKey, (old) => [...(old ?? []), note]);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ["conversations", "notes", conversationId] });
      void queryClient.invalidateQueries({ queryKey: ["conversations", "history", conversationId] });
    },
  });
  const tooLong = text.length > NOTE_MAX_LENGTH;
  return (
    <form
      className="note-composer"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() && !tooLong) add.mutate();
      }}
    >
      <label htmlFor={id}>Internal note for the team (never sent)</label>
      <textarea id={id} className="short" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={tooLong || undefined} />
      {tooLong ? <p className="small text-danger">Notes are limited to {NOTE_MAX_LENGTH} characters.</p> : null}
      {add.isError ? (
        <p className="banner banner-error" role="alert">
          Couldn't add the note: {add.error.message}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button button-small" disabled={add.isPending || !text.trim() || tooLong}>
          {add.isPending ? "Adding…" : "Add note"}
        </button>
      </div>
    </form>
  );
}
