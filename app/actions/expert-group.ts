"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addMember, removeMember, setChair, setExpertName } from "@/lib/expert-group/service";
import { addMemberInput, memberRefInput, setExpertNameInput } from "@/lib/validation/expert-group";

// Administrators only; each service records the change with its balance check.
function refresh() {
  revalidatePath("/expert-group");
  revalidatePath("/admin/expert-group");
}

export const addMemberAction = action({ input: addMemberInput, roles: ["admin"] }, async (input, ctx) => {
  const result = await addMember(ctx, input);
  refresh();
  return result.warnings;
});

export const removeMemberAction = action({ input: memberRefInput, roles: ["admin"] }, async (input, ctx) => {
  const result = await removeMember(ctx, input);
  refresh();
  return result.warnings;
});

export const setChairAction = action({ input: memberRefInput, roles: ["admin"] }, async (input, ctx) => {
  const result = await setChair(ctx, input);
  refresh();
  return result.warnings;
});

export const setExpertNameAction = action({ input: setExpertNameInput, roles: ["admin"] }, async (input, ctx) => {
  const result = await setExpertName(ctx, input);
  refresh();
  return result.warnings;
});
