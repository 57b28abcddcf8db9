import type { Session } from "./api.ts";

export interface Operation {
  method: string;
  /** The OpenAPI path under /api, e.g. /conversations/{id}. */
  path: string;
  /** "METHOD /path": the key of the expectation tables. */
  key: string;
  pathParams: string[];
  queryParams: string[];
  /** The request body's content types (none: no body). */
  bodyTypes: string[];
  /** Every property name the body schema mentions (nested ones too), for structure-aware fuzzing. */
  bodyKeys: string[];
  /** security: [] marks a route that needs no session. */
  public: boolean;
}

type Schema = Record<string, unknown>;

function collectKeys(schema: unknown, components: Record<string, Schema>, out: Set<string>, seen: Set<unknown>): void {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return;
  seen.add(schema);
  const s = schema as Schema;
  if (typeof s.$ref === "string") collectKeys(components[s.$ref.split("/").pop()!], components, out, seen);
  if (s.properties && typeof s.properties === "object") {
    for (const [k, v] of Object.entries(s.properties as Record<string, unknown>)) {
      out.add(k);
      collectKeys(v, components, out, seen);
    }
  }
  for (const key of ["items", "additionalProperties", "anyOf", "oneOf", "allOf"]) {
    const v = s[key];
    if (Array.isArray(v)) v.forEach((x) => collectKeys(x, components, out, seen));
    else collectKeys(v, components, out, seen);
  }
}

/** Every operation /api/openapi.json lists (the document needs a session). */
export async function apiOperations(baseUrl: string, session: Session): Promise<Operation[]> {
  const res = await fetch(`${baseUrl}/api/openapi.json`, { headers: session.auth });
  if (res.status !== 200) throw new Error(`openapi.json: ${res.status}`);
  const doc = (await res.json()) as { paths: Record<string, Record<string, Schema>>; components?: { schemas?: Record<string, Schema> } };
  const components = doc.components?.schemas ?? {};
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters as Array<{ name: string; in: string }> | undefined) ?? [];
      const content = ((op.requestBody as Schema | undefined)?.content ?? {}) as Record<string, { schema?: unknown }>;
      const keys = new Set<string>();
      for (const c of Object.values(content)) collectKeys(c.schema, components, keys, new Set());
      out.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
        queryParams: params.filter((p) => p.in === "query").map((p) => p.name),
        bodyTypes: Object.keys(content),
        bodyKeys: [...keys],
        public: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
  return out;
}

/** encodeURIComponent that also takes lone surrogates (they become U+FFFD, as a browser would send them). */
export const encodeAny = (value: string) => encodeURIComponent(Buffer.from(value, "utf8").toString("utf8"));

/** Fills /conversations/{id} from `values` (a path value is URL-encoded). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeAny(values[name] ?? `missing-${name}`));
}
