import { lte, sql, type SQL } from "drizzle-orm";
import { memberStates, stateNameChanges } from "@/db/schema";
import { toDay, type Day } from "./as-of";

/*
 * SQL pieces of membership and names as of a day, for queries that have member_states in their FROM. Not
 * server-only, so that jobs run from scripts can use them too; pages go through ./queries.ts.
 */

/**
 * The State's UN short name on `day`, as an SQL expression over `member_states` (use it in any select that has
 * member_states in its FROM): the previous name of the first change not yet in force on that day, else today's.
 */
export function stateNameOn(day: Day): SQL<string> {
  const d = toDay(day);
  return sql<string>`coalesce((select ${stateNameChanges.previousName} from ${stateNameChanges} where ${stateNameChanges.memberStateId} = ${memberStates.id} and ${stateNameChanges.changedOn} > ${d}::date order by ${stateNameChanges.changedOn} asc limit 1), ${memberStates.name})`;
}

/** SQL condition: the State was a Member on `day`. */
export function isMemberOnSql(day: Day): SQL {
  return lte(memberStates.admittedOn, toDay(day))!;
}

