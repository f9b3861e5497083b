"use server";

import { revalidatePath } from "next/cache";
import type { core } from "zod";
import { action } from "@/lib/action";
import type { TopLevelContext } from "@/lib/context";
import { addMember, removeMember, setChair, setExpertName } from "@/lib/expert-group/service";
import { addMemberInput, memberRefInput, setExpertNameInput } from "@/lib/validation/expert-group";

/** An administrator's change to the Group: the service records it with its balance check; both pages refresh; the warnings come back. */
function groupChange<S extends core.$ZodType>(input: S, change: (ctx: TopLevelContext, input: core.output<S>) => Promise<{ warnings: string[] }>) {
  return action({ input, roles: ["admin"] }, async (parsed, ctx) => {
    const result = await change(ctx, parsed);
    revalidatePath("/expert-group");
    revalidatePath("/admin/expert-group");
    return result.warnings;
  });
}

export const addMemberAction = groupChange(addMemberInput, addMember);
export const removeMemberAction = groupChange(memberRefInput, removeMember);
export const setChairAction = groupChange(memberRefInput, setChair);
export const setExpertNameAction = groupChange(setExpertNameInput, setExpertName);
