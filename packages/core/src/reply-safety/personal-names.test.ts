import { describe, expect, it } from "vitest";
import { personalNames } from "./personal-names.ts";

const names = (reply: string) => personalNames(reply).map((h) => `${reply.slice(h.start, h.end)}${h.full ? "*" : ""}`);

describe("personalNames", () => {
  it("finds a name opening the reply before a comma", () => expect(names("Nadia, two more weeks to go!")).toEqual(["Nadia"]));
  it("finds a name after a greeting, in both languages", () => {
    expect(names("Hi Omar! Great to hear.")).toEqual(["Omar"]);
    expect(names("¡Hola, Lucía! Qué gusto.")).toEqual(["Lucía"]);
  });
  it("finds a name closing a clause", () => expect(names("So glad it went well, Priya!")).toEqual(["Priya"]));
  it("finds honorific names; a surname honorific makes it a full identifier, don/doña does not", () => {
    expect(names("Gracias, Sra. Beltrán.")).toEqual(["Sra. Beltrán*"]);
    expect(names("Doña Rosa, ¡qué gusto!")).toEqual(["Doña Rosa"]);
  });
  it("finds a full name anywhere and a possessive name", () => {
    expect(names("We think of Paul Becker often.")).toEqual(["Paul Becker*"]);
    expect(names("Tell us how Mia's week went.")).toEqual(["Mia"]);
  });
  it("ignores clinicians, sentence-opening words, staff and institutions", () => {
    expect(names("Thanks, Dr. Lee!")).toEqual([]);
    expect(names("Yes, we're open. Unfortunately, parking is full.")).toEqual([]);
    expect(names("Ana Ruiz, our nurse educator, runs the class.")).toEqual([]);
    expect(names("Call the Suicide and Crisis Lifeline or go to Mercy General Hospital.")).toEqual([]);
    expect(names("Join us for Heart Health Month.")).toEqual([]);
    expect(names("Lo recomienda el Grupo de Trabajo de Servicios Preventivos.")).toEqual([]);
    expect(names("Ask the Task Force.")).toEqual([]);
  });
});
