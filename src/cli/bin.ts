#!/usr/bin/env node
import { EXIT } from "./exit-codes.js";
import { main } from "./main.js";

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`steppe: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = EXIT.internal;
  },
);
