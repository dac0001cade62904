/**
 * Reads content files without Astro, for `npm run check:content`: each collection's files are
 * parsed (YAML, or MDX frontmatter) as Astro's loaders parse them and validated with the same
 * schemas, with located, plain-language problems. Pure: it takes the files' texts.
 */
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { Entry, LocatedProblem } from './content-checks';
import { badFileName } from './entry-ids';
import { chartSpecSchema } from '../charts/registry';
import { claimSchema, correctionSchema, glossarySchema, pageSchema, siteIdentitySchema, sourceSchema, timelineEventSchema, topicSchema } from './schemas';
import { validateEntry } from './friendly-errors';
import { mdxSyntaxProblem } from './mdx-syntax';
import { placeholderProblems } from './placeholders';
import { splitFrontmatter } from './positions';

/** A folder with one entry per file, named by its id. */
interface FolderCollection {
  folder: string;
  /** The file types it holds: MDX (frontmatter and body) or YAML. */
  extensions: readonly ('.yaml' | '.mdx')[];
  schema: z.ZodType;
}

/** One YAML file holding a list of entries, each with an `id`. */
interface ListCollection {
  list: string;
  schema: z.ZodType;
}

/** Every collection: where its files are and the schema each entry must match. */
export const CONTENT_COLLECTIONS = {
  sources: { folder: 'sources', extensions: ['.mdx'], schema: sourceSchema },
  claims: { folder: 'claims', extensions: ['.yaml'], schema: claimSchema },
  glossary: { folder: 'glossary', extensions: ['.yaml'], schema: glossarySchema },
  timeline: { list: 'timeline.yaml', schema: timelineEventSchema },
  topics: { list: 'topics.yaml', schema: topicSchema },
  pages: { folder: 'pages', extensions: ['.mdx', '.yaml'], schema: pageSchema },
  charts: { folder: 'charts', extensions: ['.yaml'], schema: chartSpecSchema },
  corrections: { folder: 'corrections', extensions: ['.yaml'], schema: correctionSchema },
} satisfies Record<string, FolderCollection | ListCollection>;

type Collections = typeof CONTENT_COLLECTIONS;
export type LoadedContent = { [Name in keyof Collections]: Entry<z.output<Collections[Name]['schema']>>[] };

/** YAML as Astro's loaders read it: unquoted dates become timestamps (which the schemas reject). */
function parseYaml(text: string, file: string, lineOffset: number): { data: unknown } | { problem: LocatedProblem } {
  const document = parseDocument(text, { customTags: ['timestamp'] });
  const error = document.errors[0];
  if (!error) return { data: document.toJS() };
  const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
  // The first line of yaml's message, without its own "at line…" (the location comes first).
  const what = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  return {
    problem: {
      file,
      field: '(YAML)',
      message: `${what}. Check the indentation and quoting on this line or the one before.`,
      position: { line: line + lineOffset, column },
    },
  };
}

/**
 * Parses and validates every content file. `files` maps paths inside the content folder
 * ("claims/x.yaml") to their text; `contentPath` is how problems name that folder ("content").
 */
export function loadContentFiles(files: ReadonlyMap<string, string>, contentPath: string): { content: LoadedContent; problems: LocatedProblem[] } {
  const problems: LocatedProblem[] = [];
  const load = (collection: FolderCollection | ListCollection) => {
    const entries: Entry<unknown>[] = [];
    const add = (id: string, file: string, data: unknown, prefix: string, body?: { text: string; line: number }) => {
      // A placeholder is named as one even where the schema would also reject it (a topic, a date).
      const placeholders = placeholderProblems(file, data, body?.text, prefix);
      const placeholderFields = new Set(placeholders.map((problem) => problem.field));
      problems.push(...placeholders);
      const result = validateEntry(collection.schema, data, file, prefix);
      if ('problems' in result) problems.push(...result.problems.filter((problem) => !placeholderFields.has(problem.field)));
      else if (placeholders.length === 0) entries.push({ id, file, data: result.data, ...(body === undefined ? {} : { body: body.text, bodyLine: body.line }) });
    };

    if ('list' in collection) {
      const file = `${contentPath}/${collection.list}`;
      const text = files.get(collection.list);
      if (text === undefined) return entries;
      const parsed = parseYaml(text, file, 0);
      if ('problem' in parsed) problems.push(parsed.problem);
      else if (!Array.isArray(parsed.data)) problems.push({ file, field: '(the whole file)', message: 'must be a list of entries, each starting with "- id:"' });
      else {
        parsed.data.forEach((item: unknown, index) => {
          const id = (item as { id?: unknown } | null)?.id;
          add(String(id), file, item, typeof id === 'string' ? `[id=${id}]` : `[${index}]`);
        });
      }
      return entries;
    }

    const names = [...files.keys()]
      .filter((path) => path.startsWith(`${collection.folder}/`) && collection.extensions.some((extension) => path.endsWith(extension)) && !path.slice(collection.folder.length + 1).includes('/'))
      .sort();
    const fileById = new Map<string, string>();
    for (const path of names) {
      const extension = path.endsWith('.mdx') ? '.mdx' : '.yaml';
      const file = `${contentPath}/${path}`;
      const name = path.slice(collection.folder.length + 1);
      const badName = badFileName(name);
      if (badName) {
        problems.push({ file, field: '(file name)', message: badName, position: { line: 1, column: 1 } });
        continue;
      }
      // Astro would keep one of two files with the same id (about.mdx and about.yaml) and drop the other.
      const id = name.slice(0, -extension.length);
      const earlier = fileById.get(id);
      if (earlier !== undefined) {
        problems.push({ file, field: '(file name)', message: `the id "${id}" is already used by ${contentPath}/${earlier}; rename one of them`, position: { line: 1, column: 1 } });
        continue;
      }
      fileById.set(id, path);
      const text = files.get(path) ?? '';
      const frontmatter = extension === '.mdx' ? splitFrontmatter(text) : undefined;
      if (extension === '.mdx' && !frontmatter) {
        problems.push({ file, field: '(frontmatter)', message: 'the file must start with a line "---", its fields, and another "---"', position: { line: 1, column: 1 } });
        continue;
      }
      const parsed = parseYaml(frontmatter?.yaml ?? text, file, frontmatter ? 1 : 0);
      const body = frontmatter && { text: text.slice(frontmatter.bodyStart), line: text.slice(0, frontmatter.bodyStart).split('\n').length };
      if ('problem' in parsed) problems.push(parsed.problem);
      else add(id, file, parsed.data ?? {}, '', body);
      if (body) {
        const syntax = mdxSyntaxProblem(file, body.text, body.line);
        if (syntax) problems.push(syntax);
      }
    }
    return entries;
  };

  const content = Object.fromEntries(Object.entries(CONTENT_COLLECTIONS).map(([name, collection]) => [name, load(collection)])) as LoadedContent;
  return { content, problems };
}

/** The problems of content/site.yaml (`text`, named `file`): its YAML, then its schema. */
export function siteFileProblems(text: string, file: string): LocatedProblem[] {
  const parsed = parseYaml(text, file, 0);
  if ('problem' in parsed) return [parsed.problem];
  const result = validateEntry(siteIdentitySchema, parsed.data ?? {}, file);
  return 'problems' in result ? result.problems : [];
}
