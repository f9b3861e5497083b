/**
 * `npx tsx bench/ab.ts --a <url> --b <url> [--path /states/FRA] [--cookie "<Cookie header>"] [--rounds 10]
 * [--cookie-b "<Cookie header>"] [--seconds 5] [--connections 8]`: two servers already running (two builds of the app, say: before and after a
 * change), loaded in alternating rounds on the same path, so that the machine's ups and downs fall on both alike.
 * Each round loads A then B (then B then A in the next round); the figures are each round's ratio B over A and
 * their median: p50 latency, and time per request (A's req/s over B's). Nothing is started or stopped here.
 * When a server runs on this machine, its CPU time per request (the listening process, from /proc) is compared
 * too: the machine's other load disturbs it less than latency.
 * `--cookie-b` is B's own session when the two servers keep their sessions in two databases.
 */
import { autocannon, type AutocannonResult } from "./routes/modules";
import { pidListeningOn, treeCpuSeconds } from "./routes/processes";

function option(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? process.argv[i + 1] : undefined;
  if (value === undefined && fallback === undefined) {
    console.error(`usage: npx tsx bench/ab.ts --a <url> --b <url> [--path /] [--cookie "..."] [--rounds 10] [--seconds 5] [--connections 8] (missing --${name})`);
    process.exit(2);
  }
  return value ?? fallback!;
}

const a = option("a");
const b = option("b");
const route = option("path", "/");
const cookies = new Map([
  [a, option("cookie", "")],
  [b, option("cookie-b", option("cookie", ""))],
]);
const rounds = Number(option("rounds", "10"));
const seconds = Number(option("seconds", "5"));
const connections = Number(option("connections", "8"));

function load(base: string, duration: number): Promise<AutocannonResult> {
  return new Promise((resolve, reject) =>
    autocannon({ url: `${base}${route}`, connections, duration, headers: cookies.get(base) ? { cookie: cookies.get(base)! } : {} }, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

/** The process serving `base` when it runs here, for its CPU time. */
function localPid(base: string): number | undefined {
  const url = new URL(base);
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) ? pidListeningOn(Number(url.port || 80)) : undefined;
}
const pids = new Map([a, b].map((base) => [base, localPid(base)]));

for (const base of [a, b]) await load(base, 2); // warm up
const latency: number[] = [];
const time: number[] = [];
const cpu: number[] = [];
console.log(`round  A p50 ms  A req/s  B p50 ms  B req/s  B/A p50  B/A time per request  B/A CPU per request`);
for (let round = 1; round <= rounds; round += 1) {
  const order = round % 2 === 1 ? [a, b] : [b, a];
  const results = new Map<string, AutocannonResult>();
  const cpuMs = new Map<string, number>();
  for (const base of order) {
    const pid = pids.get(base);
    const before = pid ? treeCpuSeconds(pid) : NaN;
    const result = await load(base, seconds);
    results.set(base, result);
    cpuMs.set(base, pid ? ((treeCpuSeconds(pid) - before) * 1000) / Math.max(1, result.requests.total) : NaN);
  }
  const ra = results.get(a)!;
  const rb = results.get(b)!;
  if (ra.non2xx + ra.errors + rb.non2xx + rb.errors > 0) throw new Error(`round ${round}: non-2xx or errors (A ${ra.non2xx}/${ra.errors}, B ${rb.non2xx}/${rb.errors}): the figures would measure something else`);
  latency.push(rb.latency.p50 / ra.latency.p50);
  time.push(ra.requests.average / rb.requests.average);
  cpu.push(cpuMs.get(b)! / cpuMs.get(a)!);
  console.log(
    [round, ra.latency.p50, ra.requests.average.toFixed(1), rb.latency.p50, rb.requests.average.toFixed(1), latency.at(-1)!.toFixed(3), time.at(-1)!.toFixed(3), cpu.at(-1)!.toFixed(3)]
      .map((v) => String(v).padStart(7))
      .join("  "),
  );
}
console.log(
  `\n${route}: B over A, median of ${rounds} rounds: p50 ${median(latency).toFixed(3)}, time per request ${median(time).toFixed(3)}, ` +
    `CPU per request ${Number.isNaN(median(cpu)) ? "? (a server is not on this machine)" : median(cpu).toFixed(3)} (below 1: B is faster)`,
);
