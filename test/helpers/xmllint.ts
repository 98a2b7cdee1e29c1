import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Where xmllint (libxml2-utils) is, or null when this machine does not have it. */
export const XMLLINT: string | null =
  ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"].find((p) => fs.existsSync(p)) ??
  null;

/** Shown as the name of the skipped test when xmllint is missing, so the skip is never silent. */
export const XMLLINT_SKIP_NOTE = "skipped: xmllint not installed (apt-get install libxml2-utils)";

/** The XSDs written for these tests (sitemaps.org 0.9, Google image 1.1 and news 0.9). */
export const XSD_DIR = path.resolve(import.meta.dirname, "../fixtures/xsd");

/**
 * A test name that carries the skip reason when xmllint is missing, so a run without it says why
 * the XML checks did not run.
 */
export function withSkipNote(name: string): string {
  return XMLLINT === null ? `${name} [${XMLLINT_SKIP_NOTE}]` : name;
}

export interface XmllintResult {
  ok: boolean;
  output: string;
}

/**
 * Runs xmllint on a document given on stdin, never touching the network (`--nonet`). With a
 * schema, validates against that local XSD; without one, only checks well-formedness.
 */
export function xmllint(document: string, schema?: string): XmllintResult {
  if (XMLLINT === null) throw new Error(XMLLINT_SKIP_NOTE);
  const args = ["--noout", "--nonet", ...(schema ? ["--schema", path.join(XSD_DIR, schema)] : []), "-"];
  const result = spawnSync(XMLLINT, args, { input: document, encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
