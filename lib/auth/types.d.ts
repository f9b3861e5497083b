import type { Role } from "@/db/schema";

declare module "next-auth" {
  interface User {
    role: Role;
    memberStateId: number | null;
    sessionVersion: number;
    sid: string;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; memberStateId: number | null; sessionVersion: number; sid: string };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    memberStateId: number | null;
    sessionVersion: number;
    sid: string;
  }
}
