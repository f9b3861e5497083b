import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { inflate as inflateCallback } from "node:zlib";

const inflate = promisify(inflateCallback);

/**
 * The fonts of the PDF, all shipped by npm dependencies (nothing is downloaded at run time):
 * - Tinos (@fontsource/tinos): Liberation Serif's design, metric-compatible with Times New Roman,
 *   the DOCX's typeface. It ships WOFF 1.0 subsets (Latin, Latin extended, Cyrillic, Greek), which
 *   are turned back into TrueType here; the subsets other than Latin get a family name of their own
 *   so the engine falls back from one to the next.
 * - Noto Naskh Arabic (@embedpdf/fonts-arabic) and Noto Sans SC, named "Noto Sans S Chinese" in
 *   its files (@embedpdf/fonts-sc, GB 2312 and beyond), regular and bold.
 */
const modules = () => path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules");

const TINOS_SUBSETS = [
  ["latin", "Tinos"],
  ["latin-ext", "Tinos LatinExt"],
  ["cyrillic", "Tinos Cyrillic"],
  ["cyrillic-ext", "Tinos CyrillicExt"],
  ["greek", "Tinos Greek"],
] as const;
const STYLES = [
  ["400-normal", "Regular"],
  ["700-normal", "Bold"],
  ["400-italic", "Italic"],
  ["700-italic", "Bold Italic"],
] as const;

/** The families in fallback order: the Times-compatible serif first, then each script's font. */
export const PDF_FONT_FAMILIES = [...TINOS_SUBSETS.map(([, family]) => family), "Noto Naskh Arabic", "Noto Sans S Chinese"];

/**
 * The font files, read without blocking the thread that asks (the file reads and the WOFF tables'
 * inflation run on libuv's pool): read once for each typesetting thread (lib/report/pdf-worker.ts),
 * which keeps them; nothing is cached here.
 */
export async function readPdfFonts(): Promise<Buffer[]> {
  const tinos = TINOS_SUBSETS.flatMap(([subset, family]) =>
    STYLES.map(async ([file, style]) => {
      const woff = await readFile(path.join(modules(), "@fontsource", "tinos", "files", `tinos-${subset}-${file}.woff`));
      return woffToSfnt(woff, family === "Tinos" ? null : { family, style });
    }),
  );
  const files = [
    ...["NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"].map((file) => path.join(modules(), "@embedpdf", "fonts-arabic", "fonts", file)),
    ...["NotoSansHans-Regular.otf", "NotoSansHans-Bold.otf"].map((file) => path.join(modules(), "@embedpdf", "fonts-sc", "fonts", file)),
  ];
  return Promise.all([...tinos, ...files.map((file) => readFile(file))]);
}

/** WOFF 1.0 to the TrueType/OpenType file it wraps (each table inflated), optionally with a new family name. */
export async function woffToSfnt(woff: Buffer, rename: { family: string; style: string } | null): Promise<Buffer> {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("Not a WOFF 1.0 font");
  const count = woff.readUInt16BE(12);
  const tables: { tag: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const o = 44 + i * 20;
    const tag = woff.toString("latin1", o, o + 4);
    const offset = woff.readUInt32BE(o + 4);
    const length = woff.readUInt32BE(o + 8);
    const original = woff.readUInt32BE(o + 12);
    let data = woff.subarray(offset, offset + length);
    if (length < original) data = await inflate(data);
    tables.push({ tag, data: tag === "name" && rename ? nameTable(rename.family, rename.style) : data });
  }
  let log2 = 0;
  while (1 << (log2 + 1) <= count) log2++;
  const directory = Buffer.alloc(12 + 16 * count);
  directory.writeUInt32BE(woff.readUInt32BE(4), 0);
  directory.writeUInt16BE(count, 4);
  directory.writeUInt16BE(16 << log2, 6);
  directory.writeUInt16BE(log2, 8);
  directory.writeUInt16BE(count * 16 - (16 << log2), 10);
  const parts = [directory];
  let offset = directory.length;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    directory.write(t.tag, o, "latin1");
    directory.writeUInt32BE(0, o + 4); // checksums are not checked by the engine
    directory.writeUInt32BE(offset, o + 8);
    directory.writeUInt32BE(t.data.length, o + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

function nameTable(family: string, style: string): Buffer {
  const records: [number, string][] = [
    [1, family],
    [2, style],
    [4, `${family} ${style}`],
    [6, `${family}-${style}`.replace(/\s/g, "")],
  ];
  const strings = records.map(([, s]) => Buffer.from(s, "utf16le").swap16());
  const header = Buffer.alloc(6 + 12 * records.length);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach(([id], i) => {
    const o = 6 + 12 * i;
    header.writeUInt16BE(3, o); // Windows
    header.writeUInt16BE(1, o + 2); // Unicode BMP
    header.writeUInt16BE(0x409, o + 4);
    header.writeUInt16BE(id, o + 6);
    header.writeUInt16BE(strings[i]!.length, o + 8);
    header.writeUInt16BE(offset, o + 10);
    offset += strings[i]!.length;
  });
  return Buffer.concat([header, ...strings]);
}
