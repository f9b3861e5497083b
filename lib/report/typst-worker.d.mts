/** The PDF's typesetter (typst-worker.mjs): one compiler with its fonts; (Typst source, JSON data) to PDF bytes. */
export function createTypesetter(fonts: Uint8Array[]): (source: string, data: string) => Uint8Array;
