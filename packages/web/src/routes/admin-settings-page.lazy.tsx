import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createLazyRoute } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { type PracticeSettingsBody, saveSettings, settingsQuery, type SettingsView } from "../api/admin";
import { isApiError } from "../api/http";
import { categories, roles, type Category, type Role } from "../api/types";
import { MutationError } from "../components/admin/mutation-error";
import { QueryState } from "../components/admin/query-state";
import { categoryHint, categoryLabel, languageLabel, roleLabel } from "../lib/labels";
import { usePageTitle } from "../lib/use-page-title";

export const adminSettingsLazyRoute = createLazyRoute("/_app/admin/settings")({ component: SettingsPage });

function SettingsPage() {
  usePageTitle("Practice settings");
  const query = useQuery(settingsQuery);
  // The form keeps its own copy while editing; it starts over only when asked to load the saved one.
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await query.refetch();
    setGeneration((g) => g + 1);
  };
  return (
    <section className="admin-page" aria-labelledby="settings-title">
      <div className="page-head">
        <h1 id="settings-title">Practice settings</h1>
      </div>
      <QueryState query={query} what="the settings">
        {(view) => <SettingsForm key={generation} view={view} onReload={() => void reload()} />}
      </QueryState>
    </section>
  );
}

const DEFAULT_TARGETS: Record<Category, number> = { urgent: 15, personal: 240, education: 1440, logistics: 480, feedback: 2880, other: 10080 };
const DEFAULT_APPROVERS: Record<Category, Role[]> = { urgent: ["staff", "physician"], personal: ["physician"], education: ["physician"], logistics: ["staff", "physician"], feedback: ["staff", "physician"], other: ["staff", "physician"] };
const TEMPLATE_CATEGORIES = categories.filter((c) => c !== "other");
const LANGUAGES = ["en", "es"] as const;

function initial(view: SettingsView): { name: string; settings: PracticeSettingsBody } {
  const s = view.settings;
  return {
    name: view.name,
    settings: {
      phone: s.phone ?? "",
      address: s.address ?? "",
      hours: s.hours ?? "",
      portalUrl: s.portalUrl ?? "",
      bookingUrl: s.bookingUrl ?? "",
      onCallContact: s.onCallContact ?? "",
      timezone: s.timezone ?? "America/New_York",
      retentionDays: s.retentionDays ?? 730,
      responseTargetMinutes: { ...DEFAULT_TARGETS, ...s.responseTargetMinutes },
      approvers: Object.fromEntries(categories.map((c) => [c, s.approvers?.[c] ?? DEFAULT_APPROVERS[c]])),
      templates: s.templates ?? {},
    },
  };
}

/** Drops empty template texts, so an emptied box goes back to the default template. */
function cleanTemplates(t: PracticeSettingsBody["templates"]): PracticeSettingsBody["templates"] {
  const out: PracticeSettingsBody["templates"] = {};
  for (const [c, byLang] of Object.entries(t) as Array<[Category, { en?: string; es?: string }]>) {
    const kept = Object.fromEntries(Object.entries(byLang ?? {}).filter(([, v]) => v && v.trim()));
    if (Object.keys(kept).length) out[c] = kept;
  }
  return out;
}

function SettingsForm({ view, onReload }: { view: SettingsView; onReload: () => void }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => initial(view));
  // The version this form's copy is based on: the loaded one, then each one it saved.
  const [version, setVersion] = useState(view.version);
  const [saved, setSaved] = useState(false);
  const s = form.settings;
  const set = (patch: Partial<PracticeSettingsBody>) => {
    setSaved(false);
    setForm({ ...form, settings: { ...s, ...patch } });
  };
  const save = useMutation({
    mutationFn: () => saveSettings({ version, name: form.name, settings: { ...s, templates: cleanTemplates(s.templates) } }),
    onSuccess: (next) => {
      setVersion(next.version);
      queryClient.setQueryData(settingsQuery.queryKey, next);
      setSaved(true);
    },
  });
  const conflict = isApiError(save.error) && save.error.status === 409;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const text = (key: "phone" | "address" | "hours" | "portalUrl" | "bookingUrl" | "onCallContact" | "timezone", label: string, opts: { type?: string; help?: string; max?: number } = {}) => (
    <div className="field">
      <label htmlFor={`set-${key}`}>{label}</label>
      <input id={`set-${key}`} type={opts.type ?? "text"} maxLength={opts.max ?? 300} value={s[key]} onChange={(e) => set({ [key]: e.target.value })} aria-describedby={opts.help ? `set-${key}-help` : undefined} />
      {opts.help ? (
        <p id={`set-${key}-help`} className="small muted">
          {opts.help}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="settings-form" onSubmit={submit}>
      <fieldset className="panel">
        <legend>Practice</legend>
        <div className="field">
          <label htmlFor="set-name">Name</label>
          <input id="set-name" required maxLength={120} value={form.name} onChange={(e) => (setSaved(false), setForm({ ...form, name: e.target.value }))} />
        </div>
        <div className="form-grid">
          {text("phone", "Phone", { max: 40 })}
          {text("address", "Address")}
          {text("hours", "Opening hours")}
          {text("timezone", "Time zone", { max: 60, help: "An IANA zone such as America/New_York; days in analytics follow it." })}
          {text("portalUrl", "Patient portal link", { type: "url", max: 500 })}
          {text("bookingUrl", "Booking link", { type: "url", max: 500 })}
          {text("onCallContact", "On-call contact", { max: 200, help: "A phone number (SMS) or email address told at once about a possible emergency." })}
          <div className="field">
            <label htmlFor="set-retention">Keep messages for (days)</label>
            <input id="set-retention" type="number" min={30} max={3650} required value={s.retentionDays} onChange={(e) => set({ retentionDays: Number(e.target.value) })} aria-describedby="set-retention-help" />
            <p id="set-retention-help" className="small muted">
              Older messages are deleted; the analytics totals stay. Applies to messages received from now on.
            </p>
          </div>
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>Response targets and approvers by category</legend>
        <div className="table-scroll">
          <table className="data-table settings-table">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">First reply within (minutes)</th>
                {roles.map((r) => (
                  <th key={r} scope="col">
                    {roleLabel[r]} may approve
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((c) => {
                const approvers = s.approvers[c] ?? [];
                return (
                  <tr key={c}>
                    <th scope="row">
                      {categoryLabel[c]}
                      <span className="small muted block">{categoryHint[c]}</span>
                    </th>
                    <td>
                      <input
                        type="number"
                        min={1}
                        required
                        className="input-narrow"
                        aria-label={`Response target for ${categoryLabel[c]} (minutes)`}
                        value={s.responseTargetMinutes[c] ?? ""}
                        onChange={(e) => set({ responseTargetMinutes: { ...s.responseTargetMinutes, [c]: Number(e.target.value) } })}
                      />
                    </td>
                    {roles.map((r) => (
                      <td key={r}>
                        <input
                          type="checkbox"
                          aria-label={`${roleLabel[r]} may approve ${categoryLabel[c]} replies`}
                          checked={approvers.includes(r)}
                          // At least one role must be able to approve each category.
                          disabled={approvers.length === 1 && approvers.includes(r)}
                          onChange={(e) => set({ approvers: { ...s.approvers, [c]: e.target.checked ? [...approvers, r] : approvers.filter((x) => x !== r) } })}
                        />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>Reply templates</legend>
        <p className="small muted">
          Leave a box empty to use Bedside's default. Placeholders: <code>{"{phone}"}</code> <code>{"{portal}"}</code> <code>{"{booking}"}</code> <code>{"{hours}"}</code> <code>{"{address}"}</code> <code>{"{articles}"}</code> <code>{"{practice}"}</code>.
        </p>
        <div className="template-grid">
          {TEMPLATE_CATEGORIES.map((c) =>
            LANGUAGES.map((lang) => (
              <div className="field" key={`${c}-${lang}`}>
                <label htmlFor={`tpl-${c}-${lang}`}>
                  {categoryLabel[c]} · {languageLabel[lang]}
                </label>
                <textarea
                  id={`tpl-${c}-${lang}`}
                  rows={3}
                  maxLength={2000}
                  value={s.templates[c]?.[lang] ?? ""}
                  onChange={(e) => set({ templates: { ...s.templates, [c]: { ...s.templates[c], [lang]: e.target.value } } })}
                />
              </div>
            )),
          )}
        </div>
      </fieldset>

      <div className="save-bar">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save settings"}
        </button>
        {saved ? (
          <span role="status" className="saved">
            Saved.
          </span>
        ) : null}
        {conflict ? (
          <div className="banner banner-error" role="alert">
            Someone else saved the settings first.{" "}
            <button type="button" className="button button-small" onClick={onReload}>
              Load their version
            </button>
          </div>
        ) : (
          <MutationError error={save.error} />
        )}
      </div>
    </form>
  );
}
