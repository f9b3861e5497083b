"use client";

import "./globals.css";
import { ErrorNotice } from "@/components/error-notice";

/**
 * The last resort, when the root layout itself fails: it replaces the whole document, so it has
 * neither the site header nor the translation provider. Its few words are written here, in the
 * same voice as `errors` in messages/en/errors.json (importing the catalogue would add it to every page).
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <ErrorNotice
            title="This page could not be shown"
            lede="Something went wrong on our side, not in anything you did. What was saved before is still saved; trying again often works."
          >
            {error.digest && <p className="muted">If it keeps happening, tell the Secretariat and quote this reference: {error.digest}.</p>}
            <div className="button-row">
              <button type="button" className="primary" onClick={() => reset()}>
                Try again
              </button>
              {/* A full page load, not a client navigation: the app's own state is what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/">Back to the resolution</a>
            </div>
          </ErrorNotice>
        </main>
      </body>
    </html>
  );
}
