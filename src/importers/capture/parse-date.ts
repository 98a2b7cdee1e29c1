const EN_MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// Russian genitive ("12 мая") and nominative forms, plus the Kazakh month names the research lists.
const RU_MONTHS: Record<string, number> = {
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
  январь: 1,
  февраль: 2,
  март: 3,
  апрель: 4,
  май: 5,
  июнь: 6,
  июль: 7,
  август: 8,
  сентябрь: 9,
  октябрь: 10,
  ноябрь: 11,
  декабрь: 12,
  қаңтар: 1,
  ақпан: 2,
  наурыз: 3,
  сәуір: 4,
  мамыр: 5,
  маусым: 6,
  шілде: 7,
  тамыз: 8,
  қыркүйек: 9,
  қазан: 10,
  қараша: 11,
  желтоқсан: 12,
};

const MONTH_NAMES = [...Object.keys(EN_MONTHS), ...Object.keys(RU_MONTHS)]
  .sort((a, b) => b.length - a.length)
  .join("|");

const WEEKDAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|" +
  "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье";

interface DatePattern {
  regex: RegExp;
  toParts(match: RegExpExecArray): [year: number, month: number, day: number] | null;
}

function monthNumber(name: string | undefined): number | null {
  if (name === undefined) return null;
  const key = name.toLowerCase().replace(/\.$/, "");
  return EN_MONTHS[key] ?? RU_MONTHS[key] ?? null;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

// Order matters: ISO and numeric forms are unambiguous, so they are tried before month names.
const PATTERNS: DatePattern[] = [
  {
    regex:
      /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/u,
    toParts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)/u,
    toParts: (m) => [fullYear(m[3]!), Number(m[2]), Number(m[1])],
  },
  {
    // Day first, as the region writes it; a first number above 12 can only be a day either way.
    regex: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/u,
    toParts: (m) => {
      const first = Number(m[1]);
      const second = Number(m[2]);
      return second > 12 && first <= 12 ? [Number(m[3]), first, second] : [Number(m[3]), second, first];
    },
  },
  {
    regex: new RegExp(
      `(?<![\\p{L}\\d])(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
      "iu",
    ),
    toParts: (m) => {
      const month = monthNumber(m[1]);
      return month === null ? null : [Number(m[3]), month, Number(m[2])];
    },
  },
  {
    regex: new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?!\\d)`,
      "iu",
    ),
    toParts: (m) => {
      const month = monthNumber(m[2]);
      return month === null ? null : [Number(m[3]), month, Number(m[1])];
    },
  },
  {
    // Kazakh order: "2026 жылғы 12 мамыр".
    regex: new RegExp(
      `(?<!\\d)(\\d{4})\\s+(?:ж\\.|жылғы)?\\s*(\\d{1,2})\\s+(${MONTH_NAMES})(?![\\p{L}])`,
      "iu",
    ),
    toParts: (m) => {
      const month = monthNumber(m[3]);
      return month === null ? null : [Number(m[1]), month, Number(m[2])];
    },
  },
];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function toIso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** The text around the date, with the date itself removed. */
  rest: string;
}

/**
 * Finds the first calendar date written in `text` and returns it as an ISO date, computed from
 * its parts (never through `new Date(string)`, which would read the local time zone).
 *
 * @example
 * findDate("Опубликовано 12 мая 2026 г.") // { iso: "2026-05-12", rest: "Опубликовано г." }
 */
export function findDate(text: string): FoundDate | null {
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(text);
    if (match === null) continue;
    const parts = pattern.toParts(match);
    const iso = parts === null ? null : toIso(...parts);
    if (iso === null) continue;
    const rest = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
    return { iso, rest: rest.replace(/\s+/g, " ").trim() };
  }
  return null;
}

const DATE_LINE_WORDS = new Set(
  (
    `${WEEKDAYS}|published|posted|on|updated|last|опубликовано|обновлено|дата|` +
    "года|год|г|жылғы|ж|at|в|utc|gmt"
  ).split("|"),
);

export interface DateLine {
  iso: string;
  /** True for "Updated ..." / "Обновлено ..." lines: a modification date, not the publication date. */
  updated: boolean;
}

/**
 * Reads a line that is only a date (with an optional weekday, time, "Published"/"Опубликовано"
 * label). A sentence that merely mentions a date ("On May 6, the court...") is not a date line.
 *
 * @example
 * parseDateLine("Tuesday, May 12, 2026 14:30") // { iso: "2026-05-12", updated: false }
 * parseDateLine("On May 6, 2026 the court met") // null
 */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > 60) return null;
  const found = findDate(line);
  if (found === null) return null;
  const words = found.rest
    .replace(/(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g, " ")
    .split(/[\s,.:;|•·/()–—+-]+/)
    .filter((word) => word !== "" && !DATE_LINE_WORDS.has(word.toLowerCase()));
  if (words.length > 0) return null;
  return { iso: found.iso, updated: /updated|обновлено/i.test(found.rest) };
}
