import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";

export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <section aria-labelledby="reset-title">
      <h1 id="reset-title">Set a new password</h1>
      <p className="lede">This link works once. Setting a password signs you out everywhere else.</p>
      <ResetPasswordForm token={token} />
    </section>
  );
}
