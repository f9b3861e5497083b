import { ClientMessages } from "@/components/client-messages";
import { AssignFormFields } from "./assign-form-fields";

/**
 * Bulk assignment of reviewers on the coverage matrix. A server component that sends the form its own
 * catalog namespace, so that the matrix page needs nothing more than `<AssignForm … />`.
 */
export function AssignForm(props: { session: number; reviewers: { id: string; name: string }[]; letters: string[] }) {
  return (
    <ClientMessages namespaces={["reviewAssign"]}>
      <AssignFormFields {...props} />
    </ClientMessages>
  );
}
