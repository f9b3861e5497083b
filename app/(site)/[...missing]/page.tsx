import { notFound } from "next/navigation";

/**
 * An address that matches no page: the site's 404 (`app/(site)/not-found.tsx`), inside the site's
 * header and navigation. Without it, Next.js would answer from the root layout alone, which has neither
 * (see `app/layout.tsx`).
 */
export default function MissingPage(): never {
  notFound();
}
