import type { ReactNode } from "react";

/** The body of an error page (403, 404, a failure): its title, what happened, then what the page adds (help, the way back). */
export function ErrorNotice({ title, lede, children }: { title: ReactNode; lede: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p className="lede">{lede}</p>
      {children}
    </section>
  );
}
