import { GROUP_LABELS, REGIONAL_GROUPS, type RegionalGroupName } from "@/lib/groups";

/** A State as the balance check needs it (member_states columns). */
export interface StateInGroups {
  iso3: string;
  name: string;
  /** The group on the UN's current list; null for a State in no group. */
  regionalGroup: RegionalGroupName | null;
  /** The group it is counted in for elections and balance (never null). */
  electoralGroup: RegionalGroupName;
  /** A second group it is also listed in. */
  alsoListedIn: RegionalGroupName | null;
  groupNote?: string | null;
}

/** More than this many seats away from the proportional number is flagged. */
export const BALANCE_TOLERANCE_SEATS = 1;

export interface GroupBalance {
  group: RegionalGroupName;
  /** Seats the group's members hold in the expert group. */
  seatsHeld: number;
  /** Member States of the UN counted in the group. */
  membership: number;
  /** Share of the expert group's seats (0..1). */
  seatShare: number;
  /** Share of the UN membership (0..1). */
  membershipShare: number;
  /** seats × membershipShare */
  proportionalSeats: number;
  /** seatsHeld − proportionalSeats */
  difference: number;
  flag: "under" | "over" | null;
}

export type ExceptionReason = "no_group" | "two_groups" | "counted_elsewhere";

export interface GroupException {
  iso3: string;
  name: string;
  reason: ExceptionReason;
  countedIn: RegionalGroupName;
  /** The other group it is listed in (two_groups) or its own group (counted_elsewhere). */
  alsoIn: RegionalGroupName | null;
  note: string | null;
}

export interface BalanceCheck {
  seats: number;
  filled: number;
  membershipTotal: number;
  rows: GroupBalance[];
  flagged: GroupBalance[];
  /** Members of the expert group whose group is not simply their listed one. */
  memberExceptions: GroupException[];
  /** Every such State in the membership, counted once, in its electoral group. */
  membershipExceptions: GroupException[];
}

/** Why a State is an exception to "one State, one listed group", or null when it is not. */
export function groupException(s: StateInGroups): GroupException | null {
  const base = { iso3: s.iso3, name: s.name, countedIn: s.electoralGroup, note: s.groupNote ?? null };
  if (s.regionalGroup === null) return { ...base, reason: "no_group", alsoIn: null };
  if (s.alsoListedIn !== null && s.alsoListedIn !== s.electoralGroup) return { ...base, reason: "two_groups", alsoIn: s.alsoListedIn };
  if (s.regionalGroup !== s.electoralGroup) return { ...base, reason: "counted_elsewhere", alsoIn: s.regionalGroup };
  return null;
}

/**
 * Equitable geographical distribution: each regional group's share of the expert group's seats next to its
 * share of the UN membership. Every State is counted once, in its electoral group: the United States (in no
 * group) in the Western European and Others Group, Türkiye (listed in two) there too. A group is flagged when
 * it holds more than BALANCE_TOLERANCE_SEATS seats fewer or more than its proportional number (seats × share).
 * Proportions are of the seats the group has, so a vacant seat shows as under-representation.
 */
export function checkBalance(members: readonly StateInGroups[], membership: readonly StateInGroups[], seats: number): BalanceCheck {
  const membershipTotal = membership.length;
  const rows = REGIONAL_GROUPS.map((group): GroupBalance => {
    const seatsHeld = members.filter((m) => m.electoralGroup === group).length;
    const inGroup = membership.filter((m) => m.electoralGroup === group).length;
    const membershipShare = membershipTotal === 0 ? 0 : inGroup / membershipTotal;
    const proportionalSeats = seats * membershipShare;
    const difference = seatsHeld - proportionalSeats;
    const flag = difference > BALANCE_TOLERANCE_SEATS ? "over" : difference < -BALANCE_TOLERANCE_SEATS ? "under" : null;
    return {
      group,
      seatsHeld,
      membership: inGroup,
      seatShare: seats === 0 ? 0 : seatsHeld / seats,
      membershipShare,
      proportionalSeats,
      difference,
      flag,
    };
  });
  const exceptions = (list: readonly StateInGroups[]) => list.map(groupException).filter((e): e is GroupException => e !== null);
  return {
    seats,
    filled: members.length,
    membershipTotal,
    rows,
    flagged: rows.filter((r) => r.flag !== null),
    memberExceptions: exceptions(members),
    membershipExceptions: exceptions(membership),
  };
}

/** "under-represented by 3.2 seats" — a plain sentence for flags and audit records. */
export function describeFlag(row: GroupBalance): string | null {
  if (!row.flag) return null;
  const by = Math.abs(row.difference).toFixed(1);
  return `${GROUP_LABELS[row.group].group}: ${row.flag === "under" ? "under" : "over"}-represented by ${by} seats (${row.seatsHeld} held, ${row.proportionalSeats.toFixed(1)} proportional)`;
}
