import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db/client";
import { signInSchema } from "@/lib/validation/auth";
import { requestClientAddress } from "@/lib/net/client-address";
import { checkCredentials } from "./credentials";

class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}


export const { handlers, auth, signIn, signOut } = NextAuth({
  // Behind `next start` and proxies the host comes from the request.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkCredentials(db(), { ...parsed.data, ip: requestClientAddress(request.headers) });
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignin();
          return null;
        }
        return result.user;
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
      };
      return session;
    },
  },
});
