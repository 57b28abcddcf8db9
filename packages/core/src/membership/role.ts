import { z } from "zod";

export const Role = z.enum(["staff", "physician", "admin"]);
export type Role = z.infer<typeof Role>;
