import type { Metadata } from "next";

export const metadata: Metadata = { title: "Accessibility" };

/** The accessibility statement; also the plain page that the first-load JavaScript bench compares against. */
export default function AccessibilityPage() {
  return (
    <article aria-labelledby="a11y-title" className="paragraph">
      <h1 id="a11y-title">Accessibility</h1>
      <p>
        This tracker aims to meet the Web Content Accessibility Guidelines 2.1 at level AA. Every page can be used with a keyboard alone, has a
        skip link to its main content, labels on every field and messages next to the field they concern, and colours with a contrast of at least
        4.5:1. Tables have headers; changes between versions are marked in words as well as in colour.
      </p>
      <p>Each page is checked automatically with axe in a real browser before every release.</p>
      <p>
        Pages are light so they load on slow connections: drafts are saved on the server as you type and kept in your browser while the
        connection is down.
      </p>
      <p>If something does not work for you, write to the Office for Disarmament Affairs, which will answer and correct it.</p>
    </article>
  );
}
