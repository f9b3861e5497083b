import { ClientMessages } from "@/components/client-messages";

/** The client forms of these pages translate with the catalog namespaces named here. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["security", "passkeys"]}>{children}</ClientMessages>;
}
