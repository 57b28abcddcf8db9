import type { IdMaker } from "./ids/new-id.ts";
import type { Role } from "./membership/role.ts";
import type { Store } from "./storage/store.ts";

/** What every domain verb needs from the outside world; only entry points build the real ones. */
export interface Deps {
  store: Store;
  clock: () => Date;
  newId: IdMaker;
}

/** The signed-in person a verb acts for. System work (ingest, seed, pollers) uses a system actor. */
export interface Actor {
  userId: string;
  practiceId: string;
  role: Role | "system";
}

export interface Ctx extends Deps {
  actor: Actor;
}

export function systemActor(practiceId: string, name = "system"): Actor {
  return { userId: name, practiceId, role: "system" };
}
