/**
 * A list of sources as /sources/ and the topic pages show it: each source's title, how the site
 * calls it, publisher, date (inferred dates marked), kind and topics, in the words of
 * content/pages/sources.yaml. The component renders it as it is.
 */
import { withBase } from '../../site/site';
import { plain } from '../../text/word-tokens';
import type { SourceData } from '../content-checks';
import type { PageWords } from '../page-words';
import { displayTitle, kindLabel, publishedLabel } from '../sources';

export interface SourceListItem {
  href: string;
  title: string;
  /** "Called … on this site", or that the capture has no headline. */
  called: string;
  /** The publisher, or null where the text names none (shown as "not stated"). */
  publisher: string | null;
  date: string;
  published: string;
  kind: string;
  /** Topic ids, and the name screen readers give the list of them. */
  topics: readonly string[];
  topicsLabel: string;
}

export interface SourceListView {
  labels: { publisher: string; published: string; kind: string };
  items: SourceListItem[];
}

/** The list of `sources`, in their order. */
export function sourceListView(sources: readonly { id: string; data: SourceData }[], words: Pick<PageWords, 'phrase'>): SourceListView {
  const named = (text: string) => ({ name: plain('name', () => text) });
  return {
    labels: { publisher: words.phrase('fact_publisher'), published: words.phrase('fact_published'), kind: words.phrase('fact_kind') },
    items: sources.map(({ id, data }) => ({
      href: withBase(`/sources/${id}/`),
      title: displayTitle(data),
      called: data.title === null ? words.phrase('list_no_headline') : words.phrase('called', named(data.short_name)),
      publisher: data.publisher,
      date: data.published.date,
      published: publishedLabel(data.published, words),
      kind: kindLabel(data.kind, words),
      topics: data.topics,
      topicsLabel: words.phrase('topics_label', named(data.short_name)),
    })),
  };
}
