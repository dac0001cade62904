/** Lists the files of a finished build. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as absolute paths and as site paths ("/sources/x/index.html"). */
export async function builtFiles(dir: string): Promise<{ file: string; sitePath: string }[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, sitePath: `/${relative(dir, file).split(sep).join('/')}` };
    });
}
