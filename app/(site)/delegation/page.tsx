import { redirect } from "next/navigation";
import { requirePageRole } from "@/lib/auth/guards";

export default async function DelegationHome() {
  const user = await requirePageRole("/delegation", "delegation");
  redirect(`/states/${user.memberState!.iso3}`);
}
