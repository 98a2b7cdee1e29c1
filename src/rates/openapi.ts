/**
 * The OpenAPI 3.1 description of the rates API, served at `/api/rates/openapi.json`.
 */
import { REGIONAL_CURRENCIES, SUPPORTED_CURRENCIES } from "./currencies.js";

const currency = { type: "string", enum: [...SUPPORTED_CURRENCIES], examples: ["USD"] } as const;

const commonParameters = [
  {
    name: "base",
    in: "query",
    description: "Currency the rates are for one unit of (alias: `from`). Default USD.",
    schema: currency,
  },
  {
    name: "symbols",
    in: "query",
    description: `Comma-separated currencies to price (alias: \`to\`). Default: ${REGIONAL_CURRENCIES.map((c) => c.code).join(", ")} without the base.`,
    schema: { type: "string", examples: ["KZT,UZS"] },
  },
  {
    name: "amount",
    in: "query",
    description: "Amount of the base currency to convert (greater than 0). Default 1.",
    schema: { type: "string", pattern: "^[0-9]+([.,][0-9]+)?$", examples: ["100"] },
  },
] as const;

const published = {
  type: "object",
  description: "Where a figure comes from: the bank's publication and the values used, as published.",
  properties: {
    source: { type: "string", examples: ["nbk"] },
    date: { type: "string", format: "date" },
    currency: {
      type: "string",
      description: "The bank's currency, in which published values are expressed.",
    },
    peg: { type: "boolean", description: "True for the official USD/TMT peg of 3.5." },
    published: {
      type: "array",
      items: {
        type: "object",
        properties: {
          currency: { type: "string" },
          value: { type: "string", description: "As published, decimal point." },
          nominal: { type: "integer" },
          bankDate: { type: "string", format: "date" },
        },
      },
    },
  },
} as const;

const singleDay = {
  type: "object",
  required: ["amount", "base", "date", "rates"],
  properties: {
    amount: { type: "number" },
    base: { type: "string" },
    date: {
      type: "string",
      format: "date",
      description: "Effective date of the rates used (the newest when symbols come from different days).",
    },
    rates: { type: "object", additionalProperties: { type: "number" } },
    dates: { type: "object", additionalProperties: { type: "string", format: "date" } },
    sources: { type: "object", additionalProperties: published },
    demo: { type: "boolean", description: "Present and true when demo data stood in for official rates." },
  },
} as const;

const errorBody = {
  type: "object",
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["VALIDATION_FAILED", "RATES_NOT_AVAILABLE"] },
        message: { type: "string" },
      },
    },
  },
} as const;

const errors = {
  "400": {
    description: "Unknown currency, bad date, bad amount or range (code VALIDATION_FAILED).",
    content: { "application/json": { schema: errorBody } },
  },
  "404": {
    description: "No rate stored on or before that date (code RATES_NOT_AVAILABLE).",
    content: { "application/json": { schema: errorBody } },
  },
} as const;

/** The document itself (plain data; serialised by the route). */
export const RATES_OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Steppe official exchange rates",
    version: "1.0.0",
    description:
      "Official rates of the Kazakhstani tenge, Kyrgyzstani som, Tajikistani somoni, Uzbekistani som and Turkmenistani manat, as set by their central banks, in the shape of the Frankfurter API. Weekends and holidays answer with the last publication before the date and say its date.",
  },
  paths: {
    "/api/rates/latest": {
      get: {
        summary: "The rates in effect today",
        parameters: commonParameters,
        responses: {
          "200": { description: "Rates", content: { "application/json": { schema: singleDay } } },
          ...errors,
        },
      },
    },
    "/api/rates/{date}": {
      get: {
        summary: "The rates in effect on a day, or a series between two days (START..END, END optional)",
        parameters: [
          {
            name: "date",
            in: "path",
            required: true,
            description: "YYYY-MM-DD, or YYYY-MM-DD..YYYY-MM-DD, or YYYY-MM-DD.. (until today).",
            schema: { type: "string", examples: ["2026-04-01", "2026-01-01..2026-03-31"] },
          },
          ...commonParameters,
        ],
        responses: {
          "200": {
            description: "One day (as /latest) or a series (`start_date`, `end_date`, rates by date).",
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    singleDay,
                    {
                      type: "object",
                      required: ["amount", "base", "start_date", "end_date", "rates"],
                      properties: {
                        amount: { type: "number" },
                        base: { type: "string" },
                        start_date: { type: "string", format: "date" },
                        end_date: { type: "string", format: "date" },
                        rates: {
                          type: "object",
                          additionalProperties: { type: "object", additionalProperties: { type: "number" } },
                        },
                        demo: { type: "boolean" },
                      },
                    },
                  ],
                },
              },
            },
          },
          ...errors,
        },
      },
    },
  },
} as const;
