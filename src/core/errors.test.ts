import { describe, expect, it } from "vitest";
import { AppError, isAppError, reviveError, serializeError } from "./errors.js";

describe("errors across a thread boundary", () => {
  it("revives an AppError with its code and details from its plain-data form", () => {
    const data = serializeError(new AppError("IMPORT_BAD_XML", "x.xml:3:1: bad", { details: { line: 3 } }));
    const revived = reviveError(structuredClone(data));
    expect(isAppError(revived, "IMPORT_BAD_XML")).toBe(true);
    expect(revived.message).toBe("x.xml:3:1: bad");
    expect((revived as AppError).details).toEqual({ line: 3 });
  });

  it("keeps an unexpected error's message and stack, and never invents a code", () => {
    const original = new TypeError("x is undefined");
    const revived = reviveError(structuredClone(serializeError(original)));
    expect(isAppError(revived)).toBe(false);
    expect(revived.message).toBe("x is undefined");
    expect(revived.stack).toBe(original.stack);
    expect(reviveError({ message: "m", code: "NOT_A_CODE", details: {} })).not.toBeInstanceOf(AppError);
    expect(serializeError("plain string")).toEqual({ message: "plain string", code: null, details: {} });
  });
});
