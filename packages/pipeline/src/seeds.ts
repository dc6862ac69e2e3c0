/**
 * Finding seeds. The seeds folder is read one level deep: every regular `*.txt` file is an
 * article; everything else (other extensions, hidden files, sub-folders, symlinks) is listed as
 * skipped so the manifest accounts for every entry of the folder.
 */
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { compareUnits } from "@sitrep/core";

export const SKIP_REASONS = ["not_txt", "hidden", "folder", "symlink", "special"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SeedEntry {
  /** Path relative to the seeds folder, '/'-separated. */
  readonly sourceFile: string;
  readonly path: string;
  readonly bytes: number;
}

export interface SkippedEntry {
  readonly sourceFile: string;
  readonly reason: SkipReason;
  readonly message: string;
}

export class SeedsFolderError extends Error {
  override name = "SeedsFolderError";
}

export async function listSeeds(seedsDir: string): Promise<{ seeds: SeedEntry[]; skipped: SkippedEntry[] }> {
  let names: string[];
  try {
    const info = await lstat(seedsDir);
    if (!info.isDirectory()) throw new SeedsFolderError(`seeds folder ${seedsDir} is not a folder`);
    names = await readdir(seedsDir);
  } catch (error) {
    if (error instanceof SeedsFolderError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeedsFolderError(
      code === "ENOENT" ? `seeds folder ${seedsDir} does not exist` : `cannot read seeds folder ${seedsDir}: ${code}`,
    );
  }
  const seeds: SeedEntry[] = [];
  const skipped: SkippedEntry[] = [];
  for (const name of names.sort(compareUnits)) {
    const path = join(seedsDir, name);
    const info = await lstat(path);
    const skip = (reason: SkipReason, message: string) => skipped.push({ sourceFile: name, reason, message });
    if (name.startsWith(".")) skip("hidden", "hidden files are not read");
    else if (info.isSymbolicLink()) skip("symlink", "symbolic links are not followed");
    else if (info.isDirectory()) skip("folder", "sub-folders are not read; put seeds directly in the seeds folder");
    else if (!info.isFile()) skip("special", "not a regular file");
    else if (!/\.txt$/i.test(name)) skip("not_txt", "only .txt files are seeds");
    else seeds.push({ sourceFile: name, path, bytes: info.size });
  }
  return { seeds, skipped };
}
