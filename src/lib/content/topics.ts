/** The controlled list of topics. Content may only use these ids; labels are for readers. */
export const TOPICS = {
  'industrial-policy': 'Industrial policy',
  'trade-and-tariffs': 'Trade and tariffs',
  'consumption-and-rebalancing': 'Consumption and rebalancing',
  technology: 'Technology',
  'five-year-plan': 'Five-Year Plan',
  'us-china-relations': 'US–China relations',
  'economic-security': 'Economic security',
} as const;

export type TopicId = keyof typeof TOPICS;

export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];
