/**
 * Pagination maths that is always right, including the last page, an empty list and
 * out-of-range page numbers (the old site's "Viewing results 1 - 6 of 4" cannot happen here).
 */
export interface Page {
  /** 1-based page number. */
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
  offset: number;
  /** 1-based index of the first item shown; 0 when there is nothing to show. */
  firstItem: number;
  /** 1-based index of the last item shown; 0 when there is nothing to show. */
  lastItem: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export interface PaginateOptions {
  total: number;
  page: number;
  perPage: number;
}

/**
 * Computes a page, or `null` when the page number does not exist (callers answer 404).
 * Page 1 of an empty list exists: it shows "nothing yet" rather than an error.
 *
 * @example
 * paginate({ total: 4, page: 1, perPage: 10 }); // firstItem 1, lastItem 4, totalPages 1
 * paginate({ total: 4, page: 2, perPage: 10 }); // null
 */
export function paginate({ total, page, perPage }: PaginateOptions): Page | null {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`total must be a non-negative integer, got ${total}`);
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  const offset = (page - 1) * perPage;
  const shown = Math.max(0, Math.min(perPage, total - offset));
  return {
    page,
    perPage,
    total,
    totalPages,
    offset,
    firstItem: shown === 0 ? 0 : offset + 1,
    lastItem: offset + shown,
    hasPrevious: page > 1,
    hasNext: page < totalPages,
  };
}

/**
 * Reads a `?page=` value strictly: only a plain positive integer is a page; anything else is
 * `null` (and answered with 404), so "2abc", "-1", "0" and "1e3" never show a wrong page.
 *
 * @example
 * parsePageParam(undefined); // 1
 * parsePageParam("3"); // 3
 * parsePageParam("3x"); // null
 */
export function parsePageParam(raw: unknown): number | null {
  if (raw === undefined || raw === "") return 1;
  if (typeof raw !== "string" || !/^[1-9][0-9]{0,8}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * The page numbers to show in a pager: first, last, and a window around the current page,
 * with `null` standing for a gap ("…").
 *
 * @example
 * pageWindow(5, 10); // [1, null, 4, 5, 6, null, 10]
 */
export function pageWindow(current: number, totalPages: number, radius = 1): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= totalPages; p++) {
    if (p === 1 || p === totalPages || Math.abs(p - current) <= radius) pages.push(p);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}
