/**
 * A tolerant reader for PHP `serialize()` output, as found in `_wp_attachment_metadata`.
 * String lengths (`s:N:`) count UTF-8 bytes, and XML parsing turns `\r\n` into `\n`, so counts are
 * often wrong in exports (TryGhost/migrate works around the same thing): when the count does not
 * land on `";`, the reader looks for the next `";` that is followed by a plausible token.
 */

/** A PHP value: arrays and objects become plain records keyed by their (string) keys. */
export type PhpValue = string | number | boolean | null | PhpArray;
/** A PHP array or object. */
export interface PhpArray {
  [key: string]: PhpValue;
}

class Reader {
  pos = 0;
  constructor(readonly bytes: Buffer) {}

  fail(what: string): never {
    throw new Error(`${what} at byte ${this.pos}`);
  }

  expect(char: string): void {
    if (this.bytes.toString("latin1", this.pos, this.pos + char.length) !== char)
      this.fail(`expected "${char}"`);
    this.pos += char.length;
  }

  readUntil(char: string): string {
    const end = this.bytes.indexOf(char, this.pos, "latin1");
    if (end < 0) this.fail(`missing "${char}"`);
    const text = this.bytes.toString("utf8", this.pos, end);
    this.pos = end + 1;
    return text;
  }

  /** True when the bytes at `at` can start a value or close an array. */
  plausibleNext(at: number): boolean {
    if (at >= this.bytes.length) return true;
    const two = this.bytes.toString("latin1", at, at + 2);
    return two[0] === "}" || two === "N;" || /^[sidbaO]:$/.test(two);
  }

  readString(): string {
    const declared = Number(this.readUntil(":"));
    this.expect('"');
    const start = this.pos;
    const end = start + declared;
    if (this.bytes.toString("latin1", end, end + 2) === '";' && this.plausibleNext(end + 2)) {
      this.pos = end + 2;
      return this.bytes.toString("utf8", start, end);
    }
    let search = start;
    for (;;) {
      const found = this.bytes.indexOf('";', search, "latin1");
      if (found < 0) this.fail("unterminated string");
      if (this.plausibleNext(found + 2)) {
        this.pos = found + 2;
        return this.bytes.toString("utf8", start, found);
      }
      search = found + 1;
    }
  }

  readValue(): PhpValue {
    const type = this.bytes.toString("latin1", this.pos, this.pos + 1);
    this.pos += 1;
    if (type === "N") {
      this.expect(";");
      return null;
    }
    this.expect(":");
    switch (type) {
      case "s":
        return this.readString();
      case "i":
      case "d":
        return Number(this.readUntil(";"));
      case "b":
        return this.readUntil(";") === "1";
      case "a":
        return this.readArray();
      case "O": {
        this.readUntil(":");
        this.expect('"');
        this.readUntil('"');
        this.expect(":");
        return this.readArray();
      }
      default:
        return this.fail(`unknown type "${type}"`);
    }
  }

  readArray(): PhpArray {
    const count = Number(this.readUntil(":"));
    this.expect("{");
    const out: PhpArray = {};
    for (let i = 0; i < count; i++) {
      const key = this.readValue();
      out[String(key)] = this.readValue();
    }
    this.expect("}");
    return out;
  }
}

/**
 * Unserializes a PHP value; returns undefined when the text is not serialized data at all.
 *
 * @example
 * phpUnserialize('a:2:{s:5:"width";i:640;s:4:"file";s:9:"a/b/c.jpg";}');
 * // { width: 640, file: "a/b/c.jpg" }
 */
export function phpUnserialize(text: string): PhpValue | undefined {
  const reader = new Reader(Buffer.from(text.trim(), "utf8"));
  try {
    return reader.readValue();
  } catch {
    return undefined;
  }
}
