import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { FocalPointToggle } from "@/components/security/focal-point-toggle";
import { OfficerActions } from "@/components/security/officer-actions";
import { db } from "@/db/client";
import { listUsers } from "@/lib/admin/queries";
import { requirePageRole } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Users" };

const ROLE_LABEL = { delegation: "Delegation", reviewer: "Reviewer", admin: "Administrator" } as const;

export default async function UsersPage() {
  const me = await requirePageRole("/admin/users", "admin");
  const [users, t] = await Promise.all([listUsers(db()), getTranslations("security")]);
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">Users</h1>
      <CreateUserForm />
      <DataTable
        caption={`${users.length} accounts`}
        rows={users}
        rowKey={(u) => u.id}
        rowProps={(u) => ({ "data-email": u.email })}
        columns={[
          { key: "email", header: "Email", rowHeader: true, cell: (u) => u.email },
          { key: "name", header: "Name", cell: (u) => u.name },
          { key: "role", header: "Role", cell: (u) => ROLE_LABEL[u.role] },
          { key: "state", header: "State", cell: (u) => u.stateIso3 ?? "—" },
          { key: "status", header: "Status", cell: (u) => (u.disabledAt ? "Disabled" : "Active") + (u.isFocalPoint ? ` · ${t("focalPointMark")}` : "") },
          {
            key: "actions",
            header: "Actions",
            cell: (u) =>
              u.id === me.id ? (
                <span className="muted">(you)</span>
              ) : (
                <>
                  <UserRowActions userId={u.id} email={u.email} disabled={u.disabledAt !== null} />
                  {u.role === "delegation" && <FocalPointToggle userId={u.id} email={u.email} focalPoint={u.isFocalPoint} />}
                  <OfficerActions admin userId={u.id} email={u.email} disabled={u.disabledAt !== null} hasSecondFactor={u.hasSecondFactor} />
                </>
              ),
          },
        ]}
      />
    </section>
  );
}
