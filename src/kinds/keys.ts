/** The kinds of entity, as collection keys; each is also the first segment of its pages' URLs (`/terms/goip/`). */
export const KINDS = ['crimes', 'policies', 'agencies', 'campaigns', 'terms', 'sources', 'datasets'] as const;
export type Kind = (typeof KINDS)[number];

export const isKind = (v: unknown): v is Kind => typeof v === 'string' && (KINDS as readonly string[]).includes(v);
