import fs from "node:fs";
import { TARGETS, type DbKind } from "./config";
import { type Server } from "./server";

// Processes and memory (/proc)

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** pid -> parent pid for every process we can see. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ...": comm may contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      table.set(Number(entry), ppid);
    } catch {
      // the process has just exited
    }
  }
  return table;
}

/**
 * CPU seconds (user + system) the server's process tree has used so far: the bench's other measure of a route's
 * cost, which the machine's other load disturbs far less than latency. PostgreSQL's own processes are not counted.
 */
export function cpuSeconds(server: Server): number {
  return treeCpuSeconds(server.child.pid!);
}

/** CPU seconds (user + system) a process and its descendants have used so far. */
export function treeCpuSeconds(root: number): number {
  const ticks = 100; // USER_HZ: /proc counts CPU time in hundredths of a second on Linux
  let total = 0;
  for (const pid of descendantsOf(root)) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      // After "pid (comm)": state is field 3, utime 14 and stime 15 (1-based), so indexes 11 and 12 here.
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      // the process has just exited
    }
  }
  return total;
}

/** The process on this machine that listens on `port`, if /proc tells. */
export function pidListeningOn(port: number): number | undefined {
  return listeningPid(port, [...processTable().keys()]);
}

function descendantsOf(pid: number, table = processTable()): number[] {
  const result = [pid];
  for (let i = 0; i < result.length; i += 1) {
    for (const [child, parent] of table) if (parent === result[i]) result.push(child);
  }
  return result.filter((p) => table.has(p));
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
  } catch {
    return "?";
  }
}

/** The pid in `candidates` holding the socket that listens on `port`, if /proc tells. */
function listeningPid(port: number, candidates: number[]): number | undefined {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1];
      if (!local || cols[3] !== "0A") continue; // 0A = LISTEN
      if (Number.parseInt(local.split(":").pop()!, 16) === port && cols[9]) inodes.add(cols[9]);
    }
  }
  for (const pid of candidates) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return pid;
      } catch {
        // fd closed meanwhile
      }
    }
  }
  return undefined;
}

export interface MemoryReport {
  /** The same sum after sign-in and before any warm-up or load. */
  idleRssMb?: number;
  /** Resident memory of the listening Next.js server process and its descendants. */
  serverRssMb: number;
  /** Sum of each of those processes' peak resident memory (VmHWM): an upper bound of the peak. */
  serverPeakRssMb: number;
  /** scripts/start.mjs, the launcher that only waits for the server: reported, not counted. */
  launcherRssMb: number;
  processes: Array<{ pid: number; rssMb: number; command: string }>;
  targetMb: number;
  meetsTarget: boolean;
}

export function measureMemory(server: Server, db: DbKind): MemoryReport {
  const table = processTable();
  const tree = descendantsOf(server.child.pid!, table);
  const listener = listeningPid(server.port, tree);
  // Without /proc/net (unusual) count the whole tree, launcher included: an overestimate.
  const serverTree = listener ? descendantsOf(listener, table) : tree;
  const launcher = tree.filter((pid) => !serverTree.includes(pid));
  const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;
  const sum = (pids: number[], field: "VmRSS" | "VmHWM") => pids.reduce((total, pid) => total + statusKb(pid, field), 0);
  const serverRssMb = mb(sum(serverTree, "VmRSS"));
  return {
    serverRssMb,
    serverPeakRssMb: mb(sum(serverTree, "VmHWM")),
    launcherRssMb: mb(sum(launcher, "VmRSS")),
    processes: serverTree.map((pid) => ({ pid, rssMb: mb(statusKb(pid, "VmRSS")), command: commandLine(pid) })),
    targetMb: TARGETS.rssMb[db],
    meetsTarget: serverRssMb < TARGETS.rssMb[db],
  };
}
