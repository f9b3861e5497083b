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
