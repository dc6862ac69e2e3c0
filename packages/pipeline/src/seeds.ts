/**
 * Finding and reading seeds. The seeds folder is read one level deep: every regular `*.txt` file
 * is an article; everything else (other extensions, hidden files, sub-folders, symbolic links,
 * pipes and devices) is listed as skipped, so the manifest accounts for every entry. Nothing
 * outside the folder is ever read: links are not followed, and a file is opened with O_NOFOLLOW
 * and checked again once open, so swapping one for a link mid-run reads nothing either.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { compareUnits } from "@sitrep/core";
import { firstInvalidUtf8 } from "./decode.js";

export const SKIP_REASONS = ["not_txt", "hidden", "folder", "symlink", "special", "duplicate"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Seeds larger than this are refused unread: 16 MiB holds a book, not a news article. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface SeedEntry {
  /** The file name as shown in the datasets; bytes that are not UTF-8 are written `%XX`. */
  readonly sourceFile: string;
  /** The path as the file system knows it (bytes, so any name opens). */
  readonly path: Buffer;
  readonly bytes: number;
}

export interface SkippedEntry {
  readonly sourceFile: string;
  readonly reason: SkipReason;
  readonly message: string;
  readonly bytes?: number;
}

export class SeedsFolderError extends Error {
  override name = "SeedsFolderError";
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
/** Control and invisible formatting characters (a U+202E in a name reverses it on screen) are escaped too. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
const HIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/gu;

/**
 * A file name for people and CSV cells: UTF-8 where it is, `%XX` (as in URLs) for each byte that
 * is not and for the bytes of control and invisible characters ("line%0Abreak.txt").
 */
export function displayName(raw: Buffer): string {
  let out = "";
  let from = 0;
  for (let bad = firstInvalidUtf8(raw); bad >= 0; bad = firstInvalidUtf8(raw, from)) {
    out += `${raw.subarray(from, bad).toString("utf8")}${hex(raw.subarray(bad, bad + 1))}`;
    from = bad + 1;
  }
  return (out + raw.subarray(from).toString("utf8")).replace(HIDDEN_IN_NAME, (c) => hex(Buffer.from(c)));
}

/** Display names made unique: when two raw names show alike ("a%FF.txt" written out, and a 0xFF byte), the escaped one names its bytes. */
function uniqueNames(names: readonly Buffer[]): { raw: Buffer; name: string }[] {
  const entries = names.map((raw) => ({ raw, name: displayName(raw) }));
  // "café" composed and decomposed are two files that a spreadsheet shows alike.
  const key = (name: string) => name.normalize("NFC");
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(key(e.name), (seen.get(key(e.name)) ?? 0) + 1);
  for (const e of entries) {
    const plain = e.raw.toString("utf8") === e.name && e.name === key(e.name);
    if ((seen.get(key(e.name)) ?? 0) > 1 && !plain) e.name = `${e.name} (bytes ${hex(e.raw)})`;
  }
  return entries.sort((a, b) => compareUnits(a.name, b.name) || Buffer.compare(a.raw, b.raw));
}

export async function listSeeds(seedsDir: string): Promise<{ seeds: SeedEntry[]; skipped: SkippedEntry[] }> {
  let names: Buffer[];
  let folder: string;
  try {
    // The folder itself may be a link the user made; what is inside it is not followed. Its real
    // path is resolved once, so listing and opening cannot see two different folders ("link/..").
    folder = await realpath(seedsDir);
    const info = await stat(folder);
    if (!info.isDirectory()) throw new SeedsFolderError(`seeds folder ${seedsDir} is not a folder`);
    names = await readdir(folder, { encoding: "buffer" });
  } catch (error) {
    if (error instanceof SeedsFolderError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeedsFolderError(
      code === "ENOENT" ? `seeds folder ${seedsDir} does not exist` : `cannot read seeds folder ${seedsDir}: ${code}`,
    );
  }
  const seeds: SeedEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const { raw, name } of uniqueNames(names)) {
    const path = Buffer.concat([Buffer.from(join(folder, "/")), raw]);
    const skip = (reason: SkipReason, message: string) => skipped.push({ sourceFile: name, reason, message });
    let info: Stats | null = null;
    try {
      // Synchronous: awaiting one lstat per file through the thread pool cost more than the calls.
      info = lstatSync(path);
    } catch {
      // Gone since the listing, or in a folder we may list but not look into: judged by name, and
      // a seed by name is then rejected with the reason its reading gives.
    }
    // Judged on the bytes: a shown name may carry a note after the extension.
    const txt = /\.txt$/i.test(raw.toString("latin1"));
    if (raw[0] === 0x2e) skip("hidden", "hidden files are not read");
    else if (info?.isSymbolicLink()) skip("symlink", "symbolic links are not followed");
    else if (info?.isDirectory()) skip("folder", "sub-folders are not read; put seeds directly in the seeds folder");
    else if (info && !info.isFile()) skip("special", "not a regular file (a pipe, socket or device)");
    else if (!txt) skip("not_txt", "only .txt files are seeds");
    else seeds.push({ sourceFile: name, path, bytes: Number(info?.size ?? 0) });
  }
  return { seeds, skipped };
}

export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      readonly reason: "unreadable" | "too_large";
      readonly detail: string;
      readonly bytes?: number;
    };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A seed's bytes, refusing links, non-files and files over `maxBytes` without reading them. Read
 * synchronously: a batch run reads one file after another, and each asynchronous call of an
 * open–stat–read–close sequence waited on the thread pool longer than the read itself took.
 */
export function readSeedFile(entry: SeedEntry, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(entry.path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why =
      code === "ELOOP" ? "it became a symbolic link, which is not followed" : `cannot open the file (${code})`;
    return { ok: false, reason: "unreadable", detail: why };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: "unreadable", detail: "not a regular file" };
    const tooLarge = (size: number) => ({
      ok: false as const,
      reason: "too_large" as const,
      detail: `${size} bytes, over the limit of ${maxBytes} (--max-size); the file was not read`,
      bytes: size,
    });
    if (info.size > maxBytes) return tooLarge(info.size);
    // Read to the limit and one byte past it: a file that grew since stat is still refused.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, info.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return tooLarge(length);
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, length * 2 + 65536));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return {
      ok: false,
      reason: "unreadable",
      detail: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  } finally {
    closeSync(fd);
  }
}
