import { useEffect, useRef } from "react";

const shortcuts: [string, string][] = [
  ["j", "Next conversation"],
  ["k", "Previous conversation"],
  ["Enter", "Open the selected conversation"],
  ["x", "Select the conversation for a bulk action"],
  ["e", "Mark done (or reopen)"],
  ["a", "Assign to me (or unassign)"],
  ["c", "Change the category (of the selection, or the current conversation)"],
  ["r", "Focus the reply"],
  ["?", "Show this list"],
  ["Esc", "Close this dialog"],
];

/** Native modal dialog: focus trapping and Escape come from the browser. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {shortcuts.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
