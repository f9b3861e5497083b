import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/guards";

/** Where sign-in lands: each role's own home. */
export default async function RoleHome() {
  const user = await requirePageUser("/home");
  redirect(user.memberState ? `/states/${user.memberState.iso3}` : "/secretariat");
}
