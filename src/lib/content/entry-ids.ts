/**
 * Entry ids from file names. Astro would silently keep only one of two entries with the same
 * id, so ids are checked here: a file name must be a lowercase slug, and unique.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a file name cannot be an entry's id, or undefined when it can. */
export function badFileName(entry: string): string | undefined {
  const id = entry.replace(/\.[^.]+$/, '');
  if (SLUG.test(id)) return undefined;
  return `rename the file to lowercase letters, digits and hyphens (its name is its id and its URL), e.g. "${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"`;
}

/** A glob-loader generateId that rejects bad or duplicate file names, naming the files. */
export function uniqueFileIds(folder: string) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = entry.replace(/\.[^.]+$/, '');
    const badName = badFileName(entry);
    if (badName) throw new Error(`${folder}/${entry}: ${badName}`);
    const previous = seen.get(id);
    if (previous !== undefined && previous !== entry) {
      throw new Error(`${folder}/${entry}: the id "${id}" is already used by ${folder}/${previous}; rename one of them`);
    }
    seen.set(id, entry);
    return id;
  };
}
