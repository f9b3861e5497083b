import { type EventEmitter } from "node:events";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./config";

// Typed views of the two untyped modules (autocannon has no bundled types, pg-cluster is .mjs).

interface Histogram {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p99: number;
  total?: number;
}
export interface AutocannonResult {
  latency: Histogram;
  requests: Histogram & { total: number; sent: number };
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  timeout?: number;
}
export interface AutocannonInstance extends EventEmitter {
  stop(): void;
}
type Autocannon = (opts: AutocannonOptions, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

export interface Cluster {
  port: number;
  urlFor(name: string): string;
  stop(): Promise<void>;
}
interface PgClusterModule {
  startCluster(options: { databases: string[] }): Promise<Cluster>;
  findFreePort(): Promise<number>;
}

export const autocannon = createRequire(path.join(root, "package.json"))("autocannon") as Autocannon;
export const pgCluster = (await import(pathToFileURL(path.join(root, "scripts", "pg-cluster.mjs")).href)) as PgClusterModule;
