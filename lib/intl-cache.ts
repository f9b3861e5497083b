/**
 * Intl formatters and collators, made once per locale and options and kept for the process. Making one
 * loads the locale's ICU data and costs far more than using it; a page that dates fifty audit events or
 * sorts 193 States would otherwise make one per call. They hold no state between calls, so sharing is safe.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>();

function once<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (!value) made.set(key, (value = make()));
  return value;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return once("dt", locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return once("n", locale, options, () => new Intl.NumberFormat(locale, options));
}

export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  return once("c", locale, options, () => new Intl.Collator(locale, options));
}

/**
 * `items` sorted by `key` under the collator of `locale` and `options`. Comparing two strings with a collator costs
 * about a microsecond, and sorting the 193 States takes some 1,500 comparisons on every page that lists them; the
 * order depends only on the keys, so the order of the last few lists of keys is kept for the process (the same for
 * every reader: keys in, positions out). A new list (a State renamed, another language) is sorted and kept.
 */
export function sortCollated<T>(items: readonly T[], key: (item: T) => string, locale: string, options: Intl.CollatorOptions = {}): T[] {
  const keys = items.map(key);
  const id = `${locale}|${JSON.stringify(options)}|${keys.length}|${keys.join("\u0000")}`;
  let order = orders.get(id);
  if (order) {
    // Most recently used last: the oldest goes first when the cache is full.
    orders.delete(id);
  } else {
    const c = collator(locale, options);
    order = keys.map((_, i) => i).sort((a, b) => c.compare(keys[a]!, keys[b]!));
    if (orders.size >= MAX_ORDERS) orders.delete(orders.keys().next().value!);
  }
  orders.set(id, order);
  return order.map((i) => items[i]!);
}

const MAX_ORDERS = 32;
const orders = new Map<string, number[]>();
