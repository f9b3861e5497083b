"use client";

/** Offers the text this browser kept but the server never received. */
export function LocalCopyNotice({ copy, onRestore, onDiscard }: { copy: { keptAt: string }; onRestore: () => void; onDiscard: () => void }) {
  return (
    <div className="notice warn" role="alert">
      <p>
        This browser kept a version of your text from {new Date(copy.keptAt).toLocaleString()} that was never saved on the server (for example,
        the connection dropped or the tab was closed).
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onRestore}>
          Restore the text kept in this browser
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          Discard it
        </button>
      </div>
    </div>
  );
}
