import { ClientMessages } from "@/components/client-messages";

/**
 * The client forms of these pages translate with the catalog namespaces named here. They check nothing in the
 * browser (the server checks, and its refusals come translated), so no form checks are sent.
 */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["security", "passkeys"]} forms={false}>{children}</ClientMessages>;
}
