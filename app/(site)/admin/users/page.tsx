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
import { ClientMessages } from "@/components/client-messages";
import { USER_CREATE_CHECKS } from "@/lib/validation/users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("usersTitle") };
}

export default async function UsersPage() {
  const me = await requirePageRole("/admin/users", "admin");
  const [users, t, ta] = await Promise.all([listUsers(db()), getTranslations("security"), getTranslations("admin")]);
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{ta("usersTitle")}</h1>
      <ClientMessages namespaces={["admin", "security"]} forms={USER_CREATE_CHECKS}>
      <CreateUserForm />
      <DataTable
        caption={ta("accounts", { count: users.length })}
        rows={users}
        rowKey={(u) => u.id}
        rowProps={(u) => ({ "data-email": u.email })}
        columns={[
          { key: "email", header: ta("colEmail"), rowHeader: true, cell: (u) => u.email },
          { key: "name", header: ta("colName"), cell: (u) => u.name },
          { key: "role", header: ta("colRole"), cell: (u) => ta(`role.${u.role}`) },
          { key: "state", header: ta("colState"), cell: (u) => u.stateIso3 ?? "—" },
          { key: "status", header: ta("colStatus"), cell: (u) => (u.disabledAt ? ta("disabled") : ta("active")) + (u.isFocalPoint ? ` · ${t("focalPointMark")}` : "") },
          {
            key: "actions",
            header: ta("colActions"),
            cell: (u) =>
              u.id === me.id ? (
                <span className="muted">{ta("you")}</span>
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
      </ClientMessages>
    </section>
  );
}
