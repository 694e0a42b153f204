/**
 * Interface text in Simplified Chinese, by the same keys as en.ts. Keys missing here fall back to English until the
 * Chinese interface is complete; the English pages already show some of these beside the English (kind names).
 */
import type { StringKey } from './en';

export const zh: Partial<Record<StringKey, string>> = {
  'site.name': '反电信网络诈骗知识库',
  'site.shortName': '反诈知识库',
  'kind.crimes.plural': '罪名',
  'kind.policies.plural': '法律政策',
  'kind.agencies.plural': '机构',
  'kind.campaigns.plural': '专项行动',
  'kind.terms.plural': '术语',
  'kind.sources.plural': '来源',
  'kind.datasets.plural': '数据',
  'search.title': '搜索',
  'search.submit': '搜索',
  'timeline.title': '时间线',
  'relations.title': '关系图',
};
