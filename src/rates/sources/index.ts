/**
 * The registry of official rate sources.
 *
 * @example getRateSource("nbk").buildUrl("2026-04-01");
 */
import { AppError } from "../../core/errors.js";
import { type RateSource, SOURCE_IDS, type SourceId } from "../types.js";
import { cbrSource } from "./cbr.js";
import { cbtSource } from "./cbt.js";
import { cbuSource } from "./cbu.js";
import { nbkSource } from "./nbk.js";
import { nbkrSource, nbkrWeeklySource } from "./nbkr.js";
import { nbtSource } from "./nbt.js";

export { parseCbr } from "./cbr.js";
export { parseCbt, TMT_PEG, tmtPegRates } from "./cbt.js";
export { parseCbu } from "./cbu.js";
export { parseNbk } from "./nbk.js";
export { parseNbkr } from "./nbkr.js";
export { parseNbt } from "./nbt.js";
export { cbrSource, cbtSource, cbuSource, nbkrSource, nbkrWeeklySource, nbkSource, nbtSource };

/** Every source, keyed by id. */
export const RATE_SOURCES: Readonly<Record<SourceId, RateSource>> = {
  nbk: nbkSource,
  nbkr: nbkrSource,
  "nbkr-weekly": nbkrWeeklySource,
  nbt: nbtSource,
  cbu: cbuSource,
  cbt: cbtSource,
  cbr: cbrSource,
};

/** True when `id` names a known source. */
export function isSourceId(id: string): id is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(id);
}

/**
 * The source with this id.
 *
 * @throws AppError RATES_SOURCE_UNKNOWN listing the known ids.
 */
export function getRateSource(id: string): RateSource {
  if (!isSourceId(id)) {
    throw new AppError("RATES_SOURCE_UNKNOWN", `No rate source "${id}"; known: ${SOURCE_IDS.join(", ")}.`, {
      details: { source: id },
    });
  }
  return RATE_SOURCES[id];
}
