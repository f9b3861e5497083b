import { lte, sql, type SQL } from "drizzle-orm";
import { memberStates } from "@/db/schema";
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
  // Columns are written qualified: inside a select list drizzle may print a column without its table.
  return sql<string>`coalesce((select snc.previous_name from state_name_changes snc where snc.member_state_id = "member_states"."id" and snc.changed_on > ${d}::date order by snc.changed_on asc limit 1), "member_states"."name")`;
}

/** SQL condition: the State was a Member on `day`. */
export function isMemberOnSql(day: Day): SQL {
  return lte(memberStates.admittedOn, toDay(day))!;
}

