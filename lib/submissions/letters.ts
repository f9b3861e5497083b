import { eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import type { Executor } from "@/db/client";
import { attachments, submissions } from "@/db/schema";
import { recordAuditBy } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { canEditState, canViewState, type Actor } from "@/lib/permissions";
import type { ItemRef } from "@/lib/validation/submission";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { ensureSubmission, resolveItemRef, submissionAuditRef } from "./refs";
import { msg } from "@/lib/i18n/message-key";

/** The largest covering letter accepted, in megabytes (as its messages say it). */
export const MAX_LETTER_MB = 10;
export const MAX_LETTER_BYTES = MAX_LETTER_MB * 1024 * 1024;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/**
 * Whether the bytes are a PDF: recognised from its content by file-type (magic bytes), and
 * starting with "%PDF-" at offset 0 exactly (a PDF header further in, after HTML or a script, is
 * refused). The declared type and the file name are never trusted.
 */
export async function isPdf(bytes: Uint8Array): Promise<boolean> {
  if (bytes.byteLength < PDF_MAGIC.length || PDF_MAGIC.some((b, i) => bytes[i] !== b)) return false;
  const detected = await fileTypeFromBuffer(bytes);
  return detected?.ext === "pdf" && detected.mime === "application/pdf";
}

/** The stored name: the uploaded one made safe, always ending in ".pdf" whatever was uploaded. */
export function storedLetterName(uploaded: string): string {
  const base = uploaded
    .replace(/\.[^./\\]{0,10}$/, "")
    .replace(/[^\p{L}\p{N} _()-]/gu, "_")
    .slice(0, 110)
    .trim();
  return `${base || "letter"}.pdf`;
}

/** Keeps the signed covering note verbale with the submission, in the database. */
export async function attachLetter(ctx: ServiceContext, ref: ItemRef, file: { name: string; bytes: Uint8Array }) {
  if (file.bytes.byteLength === 0) throw new AppError("invalid", msg("serviceErrors.choosePdf"), { fieldErrors: { file: [msg("serviceErrors.choosePdf")] } });
  if (file.bytes.byteLength > MAX_LETTER_BYTES) {
    throw new AppError("too_large", msg("serviceErrors.letterTooLarge", { mb: MAX_LETTER_MB }), {
      fieldErrors: { file: [msg("serviceErrors.letterTooLargeShort", { mb: MAX_LETTER_MB })] },
    });
  }
  if (!(await isPdf(file.bytes))) {
    throw new AppError("invalid", msg("serviceErrors.notPdf"), { fieldErrors: { file: [msg("serviceErrors.notPdfShort")] } });
  }
  const fileName = storedLetterName(file.name);
  return withTransaction(ctx, async (tx) => {
    const resolved = await resolveItemRef(tx, ref);
    if (!canEditState(ctx.actor, resolved.state.id)) throw new AppError("forbidden", msg("serviceErrors.ownLetterOnly"));
    if (resolved.cycle.closedAt) throw new AppError("closed", msg("serviceErrors.cycleClosed"));
    const submission = await ensureSubmission(tx, resolved);
    const [row] = await tx
      .insert(attachments)
      .values({
        submissionId: submission.id,
        fileName,
        contentType: "application/pdf",
        sizeBytes: file.bytes.byteLength,
        data: file.bytes,
        uploadedById: ctx.actor.id,
        createdAt: ctx.now,
      })
      .returning({ id: attachments.id, fileName: attachments.fileName, sizeBytes: attachments.sizeBytes });
    await recordAuditBy(tx, ctx, {
      action: "submission.attach_letter",
      entityType: "attachment",
      entityId: String(row!.id),
      ...submissionAuditRef(submission, resolved),
      details: { fileName, sizeBytes: file.bytes.byteLength },
    });
    return row!;
  });
}

/** The letter, for the State's delegation and the Secretariat only. */
export async function readLetter(db: Executor, actor: Actor, id: number) {
  const [row] = await db
    .select({ attachment: attachments, memberStateId: submissions.memberStateId })
    .from(attachments)
    .innerJoin(submissions, eq(submissions.id, attachments.submissionId))
    .where(eq(attachments.id, id));
  if (!row) throw new AppError("not_found", msg("serviceErrors.noSuchLetter"));
  if (!canViewState(actor, row.memberStateId)) throw new AppError("forbidden");
  return row.attachment;
}

