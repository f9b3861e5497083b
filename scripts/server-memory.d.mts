/** MB of old space for the server's main thread, unless the operator's NODE_OPTIONS sets its own. */
export const SERVER_OLD_SPACE_MB: number;
/** NODE_OPTIONS for the server: the operator's own, with the default cap added unless they set one. */
export function serverNodeOptions(nodeOptions: string | undefined): string;
