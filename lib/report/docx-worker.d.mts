import type { DocxData } from "./docx";

/** The report's Word document (docx-worker.mjs), from the data lib/report/docx.ts prepares. */
export function buildDocx(data: DocxData): Promise<Uint8Array>;
