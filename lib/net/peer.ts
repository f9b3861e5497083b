import { Server, type IncomingMessage } from "node:http";

const APPENDED = Symbol.for("tracker.peer-appended");

/**
 * Makes this process's HTTP server append the connection's peer address to X-Forwarded-For, as
 * every reverse proxy does, before Next.js reads the request. Next keeps a client-sent
 * X-Forwarded-For as it is and adds the peer only when the header is missing, so without this the
 * whole header would be the client's word (lib/net/client-address.ts reads it from the right).
 */
export function appendPeerAddressToForwardedFor() {
  const proto = Server.prototype as Server & { [APPENDED]?: boolean };
  if (proto[APPENDED]) return;
  proto[APPENDED] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: [unknown, ...unknown[]]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      const peer = req.socket?.remoteAddress;
      if (peer) {
        const prior = req.headers["x-forwarded-for"];
        const list = Array.isArray(prior) ? prior.join(", ") : prior;
        req.headers["x-forwarded-for"] = list ? `${list}, ${peer}` : peer;
      }
    }
    return (emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
