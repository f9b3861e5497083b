import "server-only";
import { reference } from "@/lib/reference-cache";
import { resolveItemRef } from "./refs";

/**
 * The State, cycle and item a page's address names, with the State's extension: reference data, kept
 * between requests while the database's stamp is unchanged (lib/reference-cache.ts). For pages only:
 * Server Actions resolve the address afresh inside their transaction.
 */
export const keptItemRef: typeof resolveItemRef = (db, ref) => reference(`item:${ref.iso3.toUpperCase()}:${ref.session}:${ref.letter}`, () => resolveItemRef(db, ref));
