import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db/client";
import { signInSchema } from "@/lib/validation/auth";
import { requestClientAddress } from "@/lib/net/client-address";
import { checkCredentials } from "./credentials";
import { openSession } from "./sessions";
import { MAX_SESSION_HOURS } from "@/lib/validation/security";

class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}


export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind `next start` and proxies the host comes from the request.
  trustHost: true,
  // The cookie is a signed pointer to a server-side session record, checked on every request
  // (lib/auth/guards.ts): signing out ends the record, so a copied cookie stops working at once.
  // Its own lifetime only bounds it; the idle timeout and absolute lifetime are settings.
  // Pages read it with sessionClaims() (./claims.ts), which does not renew it: it lasts as long as
  // the longest session the settings allow, and the record ends it sooner.
  session: { strategy: "jwt", maxAge: MAX_SESSION_HOURS * 60 * 60 },
  secret: process.env.AUTH_SECRET,
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = requestClientAddress(request.headers);
        const result = await checkCredentials(db(), { ...parsed.data, ip });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignin();
          return null;
        }
        // The session lives in the database; the cookie names it (lib/auth/sessions.ts).
        const sid = await openSession(db(), { userId: result.user.id, ip, userAgent: request.headers.get("user-agent"), secondFactorDone: false });
        return { ...result.user, sid };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id!;
        token.role = user.role;
        token.memberStateId = user.memberStateId;
        token.sessionVersion = user.sessionVersion;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid,
        role: token.role,
        memberStateId: token.memberStateId,
        sessionVersion: token.sessionVersion,
        sid: token.sid,
      };
      return session;
    },
  },
});
