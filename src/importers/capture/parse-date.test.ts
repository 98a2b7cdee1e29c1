import { describe, expect, it } from "vitest";
import { findDate, parseDateLine } from "./parse-date.js";

describe("parseDateLine", () => {
  it.each([
    ["13 February 2026", "2026-02-13"],
    ["May 12, 2026", "2026-05-12"],
    ["Feb. 3, 2026", "2026-02-03"],
    ["12.05.2026", "2026-05-12"],
    ["2026-05-12", "2026-05-12"],
    ["2026-01-01T00:30:00+05:00", "2026-01-01"],
    ["12 мая 2026", "2026-05-12"],
    ["13 мая 2026 г.", "2026-05-13"],
    ["Среда, 13 мая 2026", "2026-05-13"],
    ["вторник, 12 мая 2026 года, 10:15", "2026-05-12"],
    ["Tuesday, May 12, 2026 14:30", "2026-05-12"],
    ["Опубликовано: 12.05.2026 в 09:00", "2026-05-12"],
    ["2026 жылғы 12 мамыр", "2026-05-12"],
    ["29.02.2028", "2028-02-29"],
  ])("reads %s as %s", (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it.each([
    "On May 6, the criminal trial panel met",
    "31.02.2026",
    "29.02.2027",
    "Seven Stops and a Depot",
    "Viewing results 1 - 6 of 4",
  ])("does not take %s for a date line", (line) => {
    expect(parseDateLine(line)).toBeNull();
  });

  it("marks an update date so it is not used as the publication date", () => {
    expect(parseDateLine("Updated: May 13, 2026")).toEqual({ iso: "2026-05-13", updated: true });
    expect(parseDateLine("Обновлено 13.05.2026")?.updated).toBe(true);
  });
});

describe("findDate", () => {
  it("finds a date inside a sentence and returns the rest", () => {
    expect(findDate("a decree dated October 8, 2020, titled")).toEqual({
      iso: "2020-10-08",
      rest: "a decree dated , titled",
    });
    expect(findDate("no date here")).toBeNull();
  });
});
