// `npm run db:migrate`: apply the committed migrations, seed an empty database, make demo accounts
// outside production. Stop the app first when it runs on PGlite (one process may open its folder).
import { connectFromEnv } from "@/db/client";
import { bootstrap, describeBootstrap } from "@/lib/bootstrap";

const conn = connectFromEnv();
try {
  console.log(describeBootstrap(await bootstrap(conn)));
} finally {
  await conn.close();
}
