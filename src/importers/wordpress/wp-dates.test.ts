import { describe, expect, it } from "vitest";
import { parseRfc822, parseWallTime, resolveItemDate, wallTimeInZone } from "./wp-dates.js";

describe("dates", () => {
  it("rejects zero dates and parses RFC 822 with offsets", () => {
    expect(parseWallTime("0000-00-00 00:00:00")).toBeNull();
    expect(parseWallTime("2024-02-30 10:00:00")).toBeNull();
    expect(parseRfc822("Sat, 16 Oct 2010 22:53:18 +0200")).toBe(Date.UTC(2010, 9, 16, 20, 53, 18));
    expect(parseRfc822("Thu, 01 Jan 1970 00:00:00 +0000")).toBeNull();
  });

  it("converts site-local wall time in an IANA zone to UTC", () => {
    const t = parseWallTime("2024-01-01 12:00:00");
    if (!t) throw new Error("parse failed");
    expect(new Date(wallTimeInZone(t, "Asia/Tashkent")).toISOString()).toBe("2024-01-01T07:00:00.000Z");
    expect(new Date(wallTimeInZone(t, "Europe/Berlin")).toISOString()).toBe("2024-01-01T11:00:00.000Z");
  });

  it("does not guess an instant for a zero GMT date without any offset", () => {
    expect(
      resolveItemDate({
        postDate: "2024-05-20 16:45:00",
        postDateGmt: "0000-00-00 00:00:00",
        hasPostDateGmt: true,
        pubDate: "Mon, 20 May 2024 11:45:00 +0000",
        postModified: null,
        postModifiedGmt: null,
      }),
    ).toEqual({ dateGmt: null, dateSource: "none" });
  });
});
