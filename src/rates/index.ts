/** The rates feature. Other features import only this file. */
export { createRateStore, type RateInput, type RateStore, type StoredRate } from "./store.js";
export { buildTicker, TICKER_CURRENCIES } from "./ticker.js";
