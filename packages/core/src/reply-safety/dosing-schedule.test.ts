import { describe, expect, it } from "vitest";
import { SCHEDULE_RE } from "./dosing-schedule.ts";
import { foldText } from "./fold-text.ts";

const hasSchedule = (s: string) => SCHEDULE_RE.test(foldText(s));

describe("dosing schedule", () => {
  it("finds frequencies, intervals, durations and strengths in both languages", () => {
    for (const s of [
      "dos veces con 9 días de diferencia", "tres veces al día", "cada 8 horas", "por cinco días", "en ayunas",
      "twice a day", "every 4 to 6 hours", "two weeks apart", "a second round a week later", "for 10 days",
      "permetrina al 1%", "1% hydrocortisone cream",
    ]) expect(hasSchedule(s), s).toBe(true);
  });
  it("ignores opening hours and plain numbers", () => {
    for (const s of ["de lunes a viernes", "open 8 to 5", "an A1C below 5.7%", "about 10% of adults"]) expect(hasSchedule(s), s).toBe(false);
  });
});
