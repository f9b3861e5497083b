import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { db } from "@/db/client";
import { listUsers } from "@/lib/admin/queries";
import { requirePageRole } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Users" };

const ROLE_LABEL = { delegation: "Delegation", reviewer: "Reviewer", admin: "Administrator" } as const;

export default async function UsersPage() {
  const me = await requirePageRole("/admin/users", "admin");
  const users = await listUsers(db());
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">Users</h1>
      <CreateUserForm />
      <div className="table-wrap">
        <table>
          <caption>{users.length} accounts</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-email={u.email}>
                <th scope="row">{u.email}</th>
                <td>{u.name}</td>
                <td>{ROLE_LABEL[u.role]}</td>
                <td>{u.stateIso3 ?? "—"}</td>
                <td>{u.disabledAt ? "Disabled" : "Active"}</td>
                <td>{u.id === me.id ? <span className="muted">(you)</span> : <UserRowActions userId={u.id} email={u.email} disabled={u.disabledAt !== null} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
