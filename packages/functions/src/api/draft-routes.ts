import { createRoute, z } from "@hono/zod-openapi";
import { newRouter } from "./new-router.ts";
import { createDraft } from "@bedside/core/draft/create-draft";
import { decideDraft } from "@bedside/core/draft/decide-draft";
import { loadDraft } from "@bedside/core/draft/draft-store";
import { editDraft } from "@bedside/core/draft/edit-draft";
import { repliedMessageText } from "@bedside/core/draft/replied-message";
import { submitDraft } from "@bedside/core/draft/submit-draft";
import { assertCan } from "@bedside/core/membership/permissions";
import { checkReply } from "@bedside/core/reply-safety/check-reply";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { CheckBody, DecisionBody, DraftBody, DraftParams, EditBody, SafetyBody, SubmitBody } from "./draft-schemas.ts";
import { errorResponses, IdParam } from "./schemas.ts";

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const withConflict = { ...errorResponses, 409: json(z.object({ code: z.string(), message: z.string(), current: z.unknown() }), "Changed by someone else") };

const routes = {
  create: createRoute({ method: "post", path: "/conversations/{id}/drafts", tags: ["replies"], request: { params: IdParam }, responses: { 201: json(DraftBody.nullable(), "Drafted (null: no reply for this category)"), ...errorResponses } }),
  edit: createRoute({ method: "patch", path: "/conversations/{id}/drafts/{draftId}", tags: ["replies"], request: { params: DraftParams, ...body(EditBody) }, responses: { 200: json(DraftBody, "Edited and re-checked"), ...withConflict } }),
  check: createRoute({ method: "post", path: "/conversations/{id}/drafts/{draftId}/check", tags: ["replies"], request: { params: DraftParams, ...body(CheckBody) }, responses: { 200: json(SafetyBody, "Safety of this text as a reply"), ...errorResponses } }),
  submit: createRoute({ method: "post", path: "/conversations/{id}/drafts/{draftId}/submit", tags: ["replies"], request: { params: DraftParams, ...body(SubmitBody) }, responses: { 200: json(DraftBody, "Submitted (or approved at once for urgent)"), ...withConflict } }),
  decide: createRoute({ method: "post", path: "/conversations/{id}/drafts/{draftId}/decision", tags: ["replies"], request: { params: DraftParams, ...body(DecisionBody) }, responses: { 200: json(DraftBody, "Decided"), ...withConflict } }),
};

export function draftRoutes(app: AppDeps) {
  const router = newRouter();
  const ctxOf = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => ({ ...app.deps, actor: c.get("actor") });
  router.openapi(routes.create, async (c) => {
    const ctx = ctxOf(c);
    assertCan(c.get("actor").role as never, "draft.edit");
    return c.json(await createDraft(ctx, c.req.valid("param").id), 201);
  });
  router.openapi(routes.edit, async (c) => {
    const { id, draftId } = c.req.valid("param");
    return c.json(await editDraft(ctxOf(c), id, draftId, c.req.valid("json")), 200);
  });
  router.openapi(routes.check, async (c) => {
    const { id, draftId } = c.req.valid("param");
    const ctx = ctxOf(c);
    assertCan(c.get("actor").role as never, "draft.edit");
    const draft = await loadDraft(ctx, id, draftId);
    const message = await repliedMessageText(ctx, draft);
    return c.json(checkReply({ message, reply: c.req.valid("json").text, category: draft.category, language: draft.language }), 200);
  });
  router.openapi(routes.submit, async (c) => {
    const { id, draftId } = c.req.valid("param");
    const draft = await submitDraft(ctxOf(c), id, draftId, c.req.valid("json"));
    if (draft.status === "approved") app.hooks?.onApproved?.();
    return c.json(draft, 200);
  });
  router.openapi(routes.decide, async (c) => {
    const { id, draftId } = c.req.valid("param");
    const draft = await decideDraft(ctxOf(c), id, draftId, c.req.valid("json"));
    if (draft.status === "approved") app.hooks?.onApproved?.();
    return c.json(draft, 200);
  });
  return router;
}
