import type { ReactNode } from "react";

/** A form's send button on its own line, disabled while the form is being sent. */
export function SubmitButton({ pending, variant = "primary", children }: { pending: boolean; variant?: "primary" | "secondary"; children: ReactNode }) {
  return (
    <div>
      <button type="submit" className={variant} disabled={pending}>
        {children}
      </button>
    </div>
  );
}
