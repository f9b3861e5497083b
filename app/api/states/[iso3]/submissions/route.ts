import { db } from "@/db/client";
import { getResolutionWithText, listCycles } from "@/lib/resolutions/queries";
import { findStateByIso3 } from "@/lib/states/queries";
import { getStateCycleItems } from "@/lib/submissions/queries";
import { requireStateView } from "@/lib/auth/guards";
import { pickCurrentCycle } from "@/lib/cycles";
import { AppError } from "@/lib/errors";
import { routeHandler } from "@/lib/route";
import { msg } from "@/lib/i18n/message-key";

/** A State's items and their status in a cycle (the current one, or ?session=64). No draft text. */
export const GET = routeHandler(async (request, { params }: { params: Promise<{ iso3: string }> }) => {
  const { iso3 } = await params;
  const state = await findStateByIso3(db(), iso3);
  if (!state) throw new AppError("not_found", msg("serverErrors.unknownState"));
  await requireStateView(state.id);
  const data = await getResolutionWithText(db());
  const cycles = data ? await listCycles(db(), data.resolution.id) : [];
  const session = new URL(request.url).searchParams.get("session");
  const cycle = session ? cycles.find((c) => String(c.targetSession) === session) : pickCurrentCycle(cycles);
  if (!cycle) throw new AppError("not_found", msg("serverErrors.admin.noSuchCycle"));
  const { items, extension } = await getStateCycleItems(db(), state.id, cycle);
  return Response.json({
    state: { iso3: state.iso3, name: state.name },
    cycle: { session: cycle.targetSession, deadline: (extension?.deadline ?? cycle.deadline).toISOString() },
    items: items.map(({ item, status, submission }) => ({
      letter: item.letter,
      status,
      submittedAt: submission?.submittedAt?.toISOString() ?? null,
      isLate: submission?.isLate ?? false,
    })),
  });
});
