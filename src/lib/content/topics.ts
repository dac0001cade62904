/** The topics of content/topics.yaml, by id in the file's order: content may use only their ids; names are for readers. */
export type TopicNames = ReadonlyMap<string, string>;

/** The topics listed in content/topics.yaml, by id, in the file's order. */
export const topicNames = (topics: readonly { id: string; data: { name: string } }[]): TopicNames => new Map(topics.map((topic) => [topic.id, topic.data.name]));

/** A topic's name; the content check has made sure every topic used is listed. */
export function topicName(names: TopicNames, id: string): string {
  const name = names.get(id);
  if (name === undefined) throw new Error(`topic "${id}" is not in content/topics.yaml, which the content check lets no entry use`);
  return name;
}
