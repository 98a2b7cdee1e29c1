import { describe, expect, it } from "vitest";
import { phpUnserialize } from "./php-unserialize.js";

describe("phpUnserialize", () => {
  it("reads nested arrays and tolerates wrong UTF-8 byte counts", () => {
    expect(phpUnserialize('a:2:{s:5:"width";i:640;s:4:"file";s:9:"степь.jpg";}')).toEqual({
      width: 640,
      file: "степь.jpg",
    });
    expect(phpUnserialize("not serialized")).toBeUndefined();
  });
});
