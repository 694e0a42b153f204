/**
 * A synthetic, seeded corpus for the scale benchmark (scripts/bench-scale.ts): the real content/ (its sources make
 * citations resolve) plus generated crimes, policies, agencies, campaigns, terms and datasets up to N entries in all,
 * which pass the schemas and the integrity checks: every reference points at a generated id, every citation at a
 * real source locator.
 * Bodies are ~500 words of English with some Chinese, links and <Cite> tags, like the real pages.
 */
import { KINDS } from '../src/kinds/keys.ts';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

type Kind = 'crimes' | 'policies' | 'agencies' | 'campaigns' | 'terms' | 'datasets';
const GENERATED: Kind[] = ['terms', 'agencies', 'policies', 'campaigns', 'crimes', 'datasets'];
/** Share of N per kind, roughly the real corpus's mix (terms and agencies most numerous). */
const SHARE: Record<Kind, number> = { terms: 0.26, agencies: 0.2, policies: 0.16, campaigns: 0.14, crimes: 0.12, datasets: 0.12 };

export interface Corpus {
  /** Generated entities per kind. */
  counts: Record<Kind, number>;
  /** Real entries copied from content/ (all kinds, sources included). */
  real: number;
  /** A few generated names to search for, with the page that should match. */
  /** Queries for the cold-query figures: a name in each language (answered by the names index) and words from the full text. */
  probes: { query: string; path?: string; lang: 'en' | 'zh' | 'text' }[];
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  /** k distinct items (fewer if xs is shorter). */
  const some = <T>(xs: readonly T[], k: number): T[] => {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

// Syllables for place names: plain pinyin (ids), pinyin with tone marks, character.
const SYL: [string, string, string][] = [
  ['heng', 'héng', '衡'],
  ['lin', 'lín', '林'],
  ['qing', 'qīng', '青'],
  ['shan', 'shān', '山'],
  ['an', 'ān', '安'],
  ['ning', 'níng', '宁'],
  ['hai', 'hǎi', '海'],
  ['jiang', 'jiāng', '江'],
  ['yun', 'yún', '云'],
  ['he', 'hé', '河'],
  ['dong', 'dōng', '东'],
  ['xi', 'xī', '西'],
  ['nan', 'nán', '南'],
  ['bei', 'běi', '北'],
  ['tai', 'tài', '泰'],
  ['hua', 'huá', '华'],
  ['chang', 'chāng', '昌'],
  ['ping', 'píng', '平'],
  ['feng', 'fēng', '丰'],
  ['long', 'lóng', '隆'],
  ['jin', 'jīn', '金'],
  ['shui', 'shuǐ', '水'],
  ['yang', 'yáng', '阳'],
  ['cheng', 'chéng', '城'],
  ['zhou', 'zhōu', '州'],
  ['xin', 'xīn', '新'],
  ['kang', 'kāng', '康'],
  ['fu', 'fú', '福'],
  ['yuan', 'yuán', '源'],
  ['de', 'dé', '德'],
  ['bao', 'bǎo', '宝'],
  ['guang', 'guǎng', '广'],
  ['ming', 'míng', '明'],
  ['rui', 'ruì', '瑞'],
  ['sheng', 'shèng', '盛'],
  ['tian', 'tián', '田'],
  ['wen', 'wén', '文'],
  ['xing', 'xīng', '兴'],
  ['yong', 'yǒng', '永'],
  ['zhen', 'zhèn', '镇'],
  ['song', 'sōng', '松'],
  ['lan', 'lán', '兰'],
  ['mei', 'méi', '梅'],
  ['gui', 'guì', '桂'],
  ['hong', 'hóng', '红'],
  ['shi', 'shí', '石'],
  ['qiao', 'qiáo', '桥'],
  ['wu', 'wǔ', '武'],
];

interface Place {
  slug: string;
  en: string;
  pinyin: string;
  zh: string;
}

/** Distinct place names, two or three syllables, drawn without repeats. */
function places(r: Rng, n: number): Place[] {
  const seen = new Set<string>();
  const out: Place[] = [];
  while (out.length < n) {
    const len = r.chance(0.55) ? 2 : 3;
    const s = Array.from({ length: len }, () => r.pick(SYL));
    const slug = s.map((x) => x[0]).join('');
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({ slug, en: slug[0]!.toUpperCase() + slug.slice(1), pinyin: s.map((x) => x[1]).join(''), zh: s.map((x) => x[2]).join('') });
  }
  return out;
}

const AGENCY_TYPES = [
  {
    en: 'Municipal Public Security Bureau',
    zh: '市公安局',
    abEn: 'PSB',
    abZh: '公安局',
    kind: 'ministry',
    level: 'local',
    wrong: 'Public Safety Bureau',
  },
  {
    en: "People's Procuratorate",
    zh: '市人民检察院',
    abEn: 'Procuratorate',
    abZh: '检察院',
    kind: 'procuratorate',
    level: 'local',
    wrong: 'Prosecution Office',
  },
  {
    en: "Intermediate People's Court",
    zh: '市中级人民法院',
    abEn: 'Intermediate Court',
    abZh: '中院',
    kind: 'court',
    level: 'local',
    wrong: 'Middle Court',
  },
  {
    en: 'Anti-Fraud Centre',
    zh: '反诈中心',
    abEn: 'AFC',
    abZh: '反诈中心',
    kind: 'coordination-body',
    level: 'local',
    wrong: 'Counter-Cheat Centre',
  },
  {
    en: 'Communications Administration',
    zh: '通信管理局',
    abEn: 'CA',
    abZh: '通管局',
    kind: 'regulator',
    level: 'provincial',
    wrong: 'Telecommunication Management Bureau',
  },
  {
    en: "Central Sub-branch of the People's Bank of China",
    zh: '人民银行中心支行',
    abEn: 'PBOC sub-branch',
    abZh: '人行支行',
    kind: 'regulator',
    level: 'local',
    wrong: 'Central Bank Branch Office',
  },
  { en: 'Mobile Company', zh: '移动公司', abEn: 'Mobile', abZh: '移动', kind: 'company', level: 'local', wrong: 'Moving Company' },
  { en: 'Daily', zh: '日报社', abEn: 'Daily', abZh: '日报', kind: 'media', level: 'provincial', wrong: 'Day Newspaper' },
  {
    en: 'Political and Legal Affairs Commission',
    zh: '市委政法委',
    abEn: 'PLAC',
    abZh: '政法委',
    kind: 'party',
    level: 'local',
    wrong: 'Politics and Law Committee',
  },
  {
    en: "People's Congress Standing Committee",
    zh: '市人大常委会',
    abEn: 'PCSC',
    abZh: '人大常委会',
    kind: 'legislature',
    level: 'local',
    wrong: 'Standing Congress',
  },
  {
    en: "People's Government General Office",
    zh: '市人民政府办公厅',
    abEn: 'Government Office',
    abZh: '市政府办',
    kind: 'state-council',
    level: 'local',
    wrong: 'Government Secretariat',
  },
] as const;

const SCHEMES = [
  { en: 'fake refund fraud', zh: '虚假退款诈骗', py: 'xūjiǎ tuìkuǎn zhàpiàn', wrong: 'false return cheat' },
  { en: 'investment platform fraud', zh: '投资理财诈骗', py: 'tóuzī lǐcái zhàpiàn', wrong: 'finance management swindle' },
  { en: 'pig-butchering romance scam', zh: '杀猪盘诈骗', py: 'shāzhūpán zhàpiàn', wrong: 'kill pig plate' },
  { en: 'fake customer service fraud', zh: '冒充客服诈骗', py: 'màochōng kèfú zhàpiàn', wrong: 'posing client service' },
  { en: 'online loan fraud', zh: '网络贷款诈骗', py: 'wǎngluò dàikuǎn zhàpiàn', wrong: 'net borrowing cheat' },
  { en: 'police impersonation fraud', zh: '冒充公检法诈骗', py: 'màochōng gōngjiǎnfǎ zhàpiàn', wrong: 'fake public procuratorate law' },
  { en: 'game account trading fraud', zh: '游戏账号交易诈骗', py: 'yóuxì zhànghào jiāoyì zhàpiàn', wrong: 'play number trade cheat' },
  { en: 'flight rebooking fraud', zh: '机票改签诈骗', py: 'jīpiào gǎiqiān zhàpiàn', wrong: 'air ticket change sign' },
  { en: 'click-farming rebate fraud', zh: '刷单返利诈骗', py: 'shuādān fǎnlì zhàpiàn', wrong: 'brush order return profit' },
  { en: 'credit repair fraud', zh: '征信修复诈骗', py: 'zhēngxìn xiūfù zhàpiàn', wrong: 'letter collection repair' },
  { en: 'phishing text fraud', zh: '钓鱼短信诈骗', py: 'diàoyú duǎnxìn zhàpiàn', wrong: 'fishing short letter' },
  { en: 'card renting offence', zh: '出租出借银行卡犯罪', py: 'chūzū chūjiè yínhángkǎ fànzuì', wrong: 'rent lend bank card crime' },
  { en: 'telephone lottery fraud', zh: '电话中奖诈骗', py: 'diànhuà zhòngjiǎng zhàpiàn', wrong: 'phone win prize cheat' },
  { en: 'fake acquaintance fraud', zh: '冒充熟人诈骗', py: 'màochōng shúrén zhàpiàn', wrong: 'pretend familiar person' },
] as const;

const STATUTES = [
  'Criminal Law, Article 266',
  'Criminal Law, Article 287-2',
  'Criminal Law, Article 287-1',
  'Criminal Law, Article 312',
  'Criminal Law, Article 191',
  'Criminal Law, Article 253-1',
  'Anti-Telecom and Online Fraud Law, Article 38',
];

const POLICY_TYPES = [
  {
    kind: 'opinion',
    en: (s: string, p: string) => `Opinions on Handling ${cap(s)} Cases in ${p}`,
    zh: (s: string, p: string) => `关于办理${p}${s}案件的意见`,
    short: 'Opinions',
  },
  {
    kind: 'judicial-interpretation',
    en: (s: string, p: string) => `Interpretation on Applying the Law to ${cap(s)} (${p})`,
    zh: (s: string, p: string) => `${p}关于办理${s}案件适用法律的解释`,
    short: 'Interpretation',
  },
  {
    kind: 'meeting-minutes',
    en: (s: string, p: string) => `Minutes of the ${p} Meeting on ${cap(s)}`,
    zh: (s: string, p: string) => `${p}${s}工作座谈会纪要`,
    short: 'Minutes',
  },
  {
    kind: 'typical-cases',
    en: (s: string, p: string) => `Typical Cases of ${cap(s)} Released in ${p}`,
    zh: (s: string, p: string) => `${p}${s}典型案例`,
    short: 'Typical cases',
  },
  {
    kind: 'law',
    en: (s: string, p: string) => `${p} Regulations on Preventing ${cap(s)}`,
    zh: (s: string, p: string) => `${p}预防${s}条例`,
    short: 'Regulations',
  },
  {
    kind: 'amendment',
    en: (s: string, p: string) => `Amendment to the ${p} Regulations on ${cap(s)}`,
    zh: (s: string, p: string) => `${p}${s}条例修正案`,
    short: 'Amendment',
  },
  {
    kind: 'party-state-opinion',
    en: (s: string, p: string) => `${p} Opinions on Strengthening the Fight against ${cap(s)}`,
    zh: (s: string, p: string) => `${p}关于加强打击治理${s}的意见`,
    short: 'Strengthening Opinions',
  },
  {
    kind: 'criminal-justice-policy',
    en: (s: string, p: string) => `${p} Guidance on Leniency and Severity in ${cap(s)} Cases`,
    zh: (s: string, p: string) => `${p}${s}案件宽严相济指导意见`,
    short: 'Guidance',
  },
] as const;

const OPERATIONS = [
  { en: 'Clean Net', zh: '净网', py: 'jìng wǎng' },
  { en: 'Thunder', zh: '雷霆', py: 'léitíng' },
  { en: 'Sharp Sword', zh: '利剑', py: 'lìjiàn' },
  { en: 'Card-cutting', zh: '断卡', py: 'duàn kǎ' },
  { en: 'Flow-cutting', zh: '断流', py: 'duàn liú' },
  { en: 'Guardian', zh: '护航', py: 'hùháng' },
  { en: 'Sky Net', zh: '天网', py: 'tiānwǎng' },
  { en: 'Fox Hunt', zh: '猎狐', py: 'liè hú' },
  { en: 'Spring Breeze', zh: '春风', py: 'chūnfēng' },
  { en: 'Iron Fist', zh: '铁拳', py: 'tiěquán' },
  { en: 'Summer Storm', zh: '夏季风暴', py: 'xiàjì fēngbào' },
  { en: 'Home Shield', zh: '家园守护', py: 'jiāyuán shǒuhù' },
] as const;

const TERM_NOUNS = [
  {
    en: 'card dealer',
    zh: '卡商',
    py: 'kǎshāng',
    cat: 'role',
    def: 'a trader who buys bank and phone cards from their owners and sells them on to fraud groups',
  },
  {
    en: 'card farmer',
    zh: '卡农',
    py: 'kǎnóng',
    cat: 'role',
    def: 'a person who opens bank or phone accounts in their own name and sells or rents them out',
  },
  {
    en: 'score runner',
    zh: '跑分客',
    py: 'pǎofēn kè',
    cat: 'role',
    def: 'a person who lets fraud proceeds pass through their own payment accounts for a commission',
  },
  {
    en: 'drainage team',
    zh: '引流团伙',
    py: 'yǐnliú tuánhuǒ',
    cat: 'role',
    def: 'a group that draws potential victims to fraud groups through ads, chats and fake groups',
  },
  {
    en: 'SIM box',
    zh: '猫池',
    py: 'māochí',
    cat: 'tool',
    def: 'a device holding many SIM cards that sends texts or places calls in bulk for fraud groups',
  },
  {
    en: 'GOIP gateway',
    zh: 'GOIP网关',
    py: 'GOIP wǎngguān',
    cat: 'tool',
    def: 'a voice gateway that relays internet calls onto the mobile network so that they appear to be local calls',
  },
  {
    en: 'batch registration tool',
    zh: '批量注册软件',
    py: 'pīliàng zhùcè ruǎnjiàn',
    cat: 'tool',
    def: 'software that opens many online accounts at once with purchased phone numbers',
  },
  {
    en: 'safe account',
    zh: '安全账户',
    py: 'ānquán zhànghù',
    cat: 'method',
    def: 'a bank account that a fraudster tells the victim is protected, into which the victim is asked to move money',
  },
  {
    en: 'screen sharing trap',
    zh: '屏幕共享陷阱',
    py: 'píngmù gòngxiǎng xiànjǐng',
    cat: 'method',
    def: 'a trick in which the victim is asked to share the phone screen so that the fraudster can read verification codes',
  },
  {
    en: 'rebate task',
    zh: '返利任务',
    py: 'fǎnlì rènwù',
    cat: 'method',
    def: 'a small paid task that builds trust before the victim is asked to pay larger sums',
  },
  {
    en: 'warning call',
    zh: '预警劝阻电话',
    py: 'yùjǐng quànzǔ diànhuà',
    cat: 'measure',
    def: 'a call from police or an operator to a person who is about to be defrauded, asking them to stop paying',
  },
  {
    en: 'account freeze',
    zh: '紧急止付',
    py: 'jǐnjí zhǐfù',
    cat: 'measure',
    def: 'an urgent stop on payments out of an account that received money from a fraud victim',
  },
  {
    en: 'one-person-one-card check',
    zh: '一人一卡核查',
    py: 'yī rén yī kǎ héchá',
    cat: 'measure',
    def: 'a check that each phone card is used by the person it is registered to',
  },
  {
    en: 'grey industry chain',
    zh: '灰产链条',
    py: 'huīchǎn liántiáo',
    cat: 'concept',
    def: 'the businesses that are not fraud themselves but supply fraud groups with cards, accounts, traffic and tools',
  },
  {
    en: 'knowing help',
    zh: '明知帮助',
    py: 'míngzhī bāngzhù',
    cat: 'concept',
    def: 'help given to a fraud group by someone who knew, or should have known, what it would be used for',
  },
] as const;

const MEASURES = [
  { en: 'fraud cases solved', zh: '破获电信网络诈骗案件', unit: 'cases' },
  { en: 'suspects caught', zh: '抓获犯罪嫌疑人', unit: 'people' },
  { en: 'people prosecuted for the helping crime', zh: '起诉帮信犯罪人数', unit: 'people' },
  { en: 'losses recovered', zh: '挽回群众损失', unit: 'yuan' },
  { en: 'phone cards suspended', zh: '关停涉诈电话卡', unit: 'cards' },
  { en: 'warning calls made', zh: '预警劝阻', unit: 'calls' },
  { en: 'share of offenders under 25', zh: '25岁以下涉案人员占比', unit: 'percent' },
] as const;

const SURNAMES: [string, string][] = [
  ['Wang', '王'],
  ['Li', '李'],
  ['Zhang', '张'],
  ['Liu', '刘'],
  ['Chen', '陈'],
  ['Yang', '杨'],
  ['Zhao', '赵'],
  ['Huang', '黄'],
  ['Zhou', '周'],
  ['Wu', '吴'],
  ['Xu', '徐'],
  ['Sun', '孙'],
];
const GIVEN: [string, string][] = [
  ['Wei', '伟'],
  ['Fang', '芳'],
  ['Min', '敏'],
  ['Jing', '静'],
  ['Qiang', '强'],
  ['Lei', '磊'],
  ['Jun', '军'],
  ['Yan', '燕'],
  ['Tao', '涛'],
  ['Hui', '慧'],
  ['Bin', '斌'],
  ['Xia', '霞'],
];
const ROLES = [
  'Director',
  'Deputy Director',
  'Chief Procurator',
  'President',
  'Head of the Anti-Fraud Division',
  'Spokesperson',
  'Party Secretary',
];

function cap(s: string): string {
  return s.replace(/(^|\s|-)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
}
function capFirst(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}
function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Ent {
  kind: Kind;
  id: string;
  name: string;
  zh: string;
  place: Place;
}

interface SourceLocs {
  id: string;
  locs: string[];
}

/** Writes the corpus into `<dir>/` (sources, crimes, …) and returns what it made. */
export function generateCorpus(dir: string, n: number, opts: { seed?: number; contentFrom?: string } = {}): Corpus {
  const r = rng((opts.seed ?? 20240601) ^ n);
  const contentFrom = opts.contentFrom ?? 'content';
  // The real content comes along whole: its sources make citations resolve, and the site's pages name some real
  // entries (home page "Start here", headline chart), so the build needs them.
  cpSync(contentFrom, dir, { recursive: true });
  // One folder per kind; files beside them (content/term-list.yaml) are not entries.
  const real = KINDS.reduce((n, k) => n + readdirSync(join(contentFrom, k)).length, 0);
  const sources: SourceLocs[] = readdirSync(join(contentFrom, 'sources'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const fm = parse(readFileSync(join(contentFrom, 'sources', f), 'utf8').split(/^---$/m)[1]!) as { locators: { id: string }[] };
      return { id: f.replace(/\.mdx$/, ''), locs: fm.locators.map((l) => l.id) };
    });
  const cite = () => {
    const s = r.pick(sources);
    return { source: s.id, at: r.pick(s.locs) };
  };
  const citeTag = () => {
    const c = cite();
    return `<Cite source="${c.source}" at="${c.at}" />`;
  };

  // How many of each kind: the real entries count towards n; shares of the rest, at least one each, remainder to terms.
  const todo = Math.max(n - real, GENERATED.length);
  const counts = Object.fromEntries(GENERATED.map((k) => [k, Math.max(1, Math.floor(todo * SHARE[k]))])) as Record<Kind, number>;
  counts.terms += Math.max(0, todo - GENERATED.reduce((a, k) => a + counts[k], 0));

  const allPlaces = places(
    r,
    GENERATED.reduce((a, k) => a + counts[k], 0),
  );
  let pi = 0;
  const ents: Record<Kind, Ent[]> = { crimes: [], policies: [], agencies: [], campaigns: [], terms: [], datasets: [] };
  // Names first (every id must be known before anything refers to it), with the per-entity template choice.
  const agencyT = new Map<string, (typeof AGENCY_TYPES)[number]>();
  const schemeOf = new Map<string, (typeof SCHEMES)[number]>();
  const policyT = new Map<string, (typeof POLICY_TYPES)[number]>();
  const opOf = new Map<string, (typeof OPERATIONS)[number]>();
  const termOf = new Map<string, (typeof TERM_NOUNS)[number]>();
  const measureOf = new Map<string, (typeof MEASURES)[number]>();
  for (const kind of GENERATED) {
    for (let i = 0; i < counts[kind]; i++) {
      const p = allPlaces[pi++]!;
      let name: string;
      let zh: string;
      if (kind === 'agencies') {
        const t = r.pick(AGENCY_TYPES);
        name = `${p.en} ${t.en}`;
        zh = `${p.zh}${t.zh}`;
        agencyT.set(p.slug, t);
      } else if (kind === 'crimes') {
        const s = r.pick(SCHEMES);
        name = `${p.en} ${s.en}`;
        zh = `${p.zh}${s.zh}`;
        schemeOf.set(p.slug, s);
      } else if (kind === 'policies') {
        const t = r.pick(POLICY_TYPES);
        const s = r.pick(SCHEMES);
        name = t.en(s.en, p.en);
        zh = t.zh(s.zh, p.zh);
        policyT.set(p.slug, t);
        schemeOf.set(p.slug, s);
      } else if (kind === 'campaigns') {
        const o = r.pick(OPERATIONS);
        name = `${p.en} ${o.en} operation`;
        zh = `${p.zh}${o.zh}专项行动`;
        opOf.set(p.slug, o);
      } else if (kind === 'terms') {
        const t = r.pick(TERM_NOUNS);
        name = `${p.en} ${t.en}`;
        zh = `${p.zh}${t.zh}`;
        termOf.set(p.slug, t);
      } else {
        const m = r.pick(MEASURES);
        name = `${capFirst(m.en)} in ${p.en}`;
        zh = `${p.zh}${m.zh}`;
        measureOf.set(p.slug, m);
      }
      const tail =
        kind === 'datasets'
          ? measureOf.get(p.slug)!.en
          : kind === 'policies'
            ? `${policyT.get(p.slug)!.short} ${schemeOf.get(p.slug)!.en}`
            : name.slice(p.en.length);
      ents[kind].push({ kind, id: slugify(`${p.slug} ${tail}`), name, zh, place: p });
    }
  }
  const earlier = (kind: Kind, i: number) => (i > 0 && r.chance(0.35) ? ents[kind][r.int(0, i - 1)]! : undefined);
  const ids = (xs: Ent[]) => xs.map((e) => e.id);
  const year = () => r.int(2016, 2024);
  const date = () => {
    const y = year();
    const m = r.int(1, 12);
    return r.chance(0.3)
      ? `${y}`
      : r.chance(0.5)
        ? `${y}-${String(m).padStart(2, '0')}`
        : `${y}-${String(m).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  };
  const citedDate = () => ({ date: date(), cite: cite() });
  const seeAlso = (self: Ent) => {
    const out: Record<string, string[]> = {};
    for (const k of r.some(GENERATED, r.int(1, 3))) {
      const picked = ids(r.some(ents[k], r.int(1, 3)).filter((e) => e !== self));
      if (picked.length) out[k] = picked;
    }
    return out;
  };
  const mistranslation = (text: string) => ({ text, lang: 'en', kind: 'mistranslation', seenIn: r.pick(sources).id });

  const prose = new Prose(r, ents, citeTag);
  const write = (kind: Kind, id: string, data: Record<string, unknown>, body?: string) => {
    mkdirSync(join(dir, kind), { recursive: true });
    // Every string quoted: a bare 2021-05-01 would otherwise be read as a date by some YAML parsers.
    const yaml = stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    if (kind === 'datasets') writeFileSync(join(dir, kind, `${id}.yaml`), yaml);
    else writeFileSync(join(dir, kind, `${id}.mdx`), `---\n${yaml}---\n\n${body}\n`);
  };

  ents.agencies.forEach((e, i) => {
    const t = agencyT.get(e.place.slug)!;
    const parent = earlier('agencies', i);
    const officials = Array.from({ length: r.int(0, 2) }, () => {
      const [s, sz] = r.pick(SURNAMES);
      const [g, gz] = r.pick(GIVEN);
      return { name: `${s} ${g}`, nameZh: sz + gz, role: r.pick(ROLES), cite: cite() };
    });
    const aliases = [
      { text: `${e.place.zh}${t.abZh}`, lang: 'zh', kind: 'abbreviation' },
      { text: `${e.place.en} ${t.abEn}`, lang: 'en', kind: 'abbreviation' },
      ...(r.chance(0.3) ? [mistranslation(`${e.place.en} ${t.wrong}`)] : []),
    ];
    write(
      'agencies',
      e.id,
      {
        name: e.name,
        nameZh: e.zh,
        abbreviation: `${e.place.en} ${t.abEn}`,
        kind: t.kind,
        level: t.level,
        ...(parent ? { parent: parent.id } : {}),
        ...(officials.length ? { officials } : {}),
        summary: `The ${t.en.toLowerCase()} of ${e.place.en} (${e.zh}), which takes part in local work against telecom and online fraud.`,
        aliases,
        seeAlso: seeAlso(e),
      },
      prose.body(e, r.chance(0.15)),
    );
  });

  ents.crimes.forEach((e) => {
    const s = schemeOf.get(e.place.slug)!;
    const statute = r.chance(0.6)
      ? { text: r.pick(STATUTES), ...(r.chance(0.7) ? { policy: r.pick(ents.policies).id } : {}), cite: cite() }
      : undefined;
    write(
      'crimes',
      e.id,
      {
        name: e.name,
        nameZh: e.zh,
        pinyin: `${e.place.pinyin} ${s.py}`,
        ...(statute ? { statute } : {}),
        policies: ids(r.some(ents.policies, r.int(0, 3))),
        summary: `A ${s.en} pattern first reported in ${e.place.en}, in which victims are persuaded to move money into accounts the fraud group controls.`,
        aliases: [
          { text: s.zh, lang: 'zh', kind: 'colloquial' },
          { text: `${cap(s.en)} (${e.place.en})`, lang: 'en', kind: 'translation' },
          ...(r.chance(0.3) ? [mistranslation(`${e.place.en} ${s.wrong}`)] : []),
        ],
        seeAlso: seeAlso(e),
      },
      prose.body(e, false),
    );
  });

  ents.policies.forEach((e, i) => {
    const t = policyT.get(e.place.slug)!;
    const follows = earlier('policies', i);
    write(
      'policies',
      e.id,
      {
        title: e.name,
        titleZh: e.zh,
        shortTitle: `${e.place.en} ${t.short}`,
        kind: t.kind,
        issuers: ids(r.some(ents.agencies, r.int(1, 3))),
        ...(r.chance(0.8) ? { issued: citedDate() } : {}),
        ...(r.chance(0.4) ? { effective: citedDate() } : {}),
        status: r.pick(['in-force', 'amended', 'repealed', 'in-preparation', 'unknown']),
        targets: ids(r.some(ents.crimes, r.int(1, 3))),
        ...(follows ? { follows: follows.id } : {}),
        summary: `A ${t.short.toLowerCase()} document issued in ${e.place.en} on how to handle ${schemeOf.get(e.place.slug)!.en} cases and the trade in cards and accounts behind them.`,
        aliases: [
          { text: `${e.place.zh}${t.short === 'Opinions' ? '意见' : '文件'}`, lang: 'zh', kind: 'abbreviation' },
          { text: `${e.place.en} ${t.short}`, lang: 'en', kind: 'abbreviation' },
        ],
        seeAlso: seeAlso(e),
      },
      prose.body(e, false),
    );
  });

  ents.campaigns.forEach((e, i) => {
    const o = opOf.get(e.place.slug)!;
    const parent = earlier('campaigns', i);
    const leads = r.some(ents.agencies, r.int(1, 2));
    write(
      'campaigns',
      e.id,
      {
        name: e.name,
        nameZh: e.zh,
        pinyin: `${e.place.pinyin} ${o.py} zhuānxiàng xíngdòng`,
        leads: ids(leads),
        partners: ids(
          r.some(
            ents.agencies.filter((a) => !leads.includes(a)),
            r.int(0, 3),
          ),
        ),
        level: r.pick(['national', 'provincial', 'local']),
        ...(r.chance(0.85) ? { started: citedDate() } : {}),
        ...(r.chance(0.3) ? { ended: citedDate() } : {}),
        ...(parent ? { parent: parent.id } : {}),
        targets: ids(r.some(ents.crimes, r.int(1, 3))),
        policies: ids(r.some(ents.policies, r.int(0, 2))),
        summary: `A special operation in ${e.place.en} against telecom fraud and the card trade, run by the police with banks and telecom operators.`,
        aliases: [
          { text: `${e.place.zh}“${o.zh}”行动`, lang: 'zh', kind: 'official' },
          { text: `Operation ${o.en} (${e.place.en})`, lang: 'en', kind: 'translation' },
        ],
        seeAlso: seeAlso(e),
      },
      prose.body(e, r.chance(0.2)),
    );
  });

  ents.terms.forEach((e) => {
    const t = termOf.get(e.place.slug)!;
    write(
      'terms',
      e.id,
      {
        term: e.name,
        termZh: e.zh,
        pinyin: `${e.place.pinyin} ${t.py}`,
        category: t.cat,
        definition: `In ${e.place.en}, ${t.def}.`,
        definitionCite: Array.from({ length: r.int(1, 2) }, cite),
        summary: `${capFirst(t.en)} as the word is used in ${e.place.en}: ${t.def}.`.slice(0, 290),
        aliases: [
          { text: t.zh, lang: 'zh', kind: 'colloquial' },
          { text: `${e.place.en}-style ${t.en}`, lang: 'en', kind: 'translation' },
          ...(r.chance(0.25) ? [mistranslation(`${e.place.en} ${t.en.split(' ').reverse().join(' ')}`)] : []),
        ],
        seeAlso: seeAlso(e),
      },
      prose.body(e, false),
    );
  });

  ents.datasets.forEach((e) => {
    const m = measureOf.get(e.place.slug)!;
    const from = r.int(2015, 2019);
    const years = r.int(3, 7);
    const base = m.unit === 'percent' ? r.int(20, 60) : m.unit === 'yuan' ? r.int(1, 900) * 1e6 : r.int(100, 90000);
    const twoSeries = m.unit !== 'percent' && r.chance(0.25);
    const points = (twoSeries ? ['cases', 'people'] : [undefined]).flatMap((series) =>
      Array.from({ length: years }, (_, k) => {
        const value = Math.round(base * (1 + 0.15 * k) * (0.8 + 0.4 * r.next()));
        const id = `${series ? `${series}-` : ''}y${from + k}`;
        const flag = r.next();
        const common = { id, ...(series ? { series } : {}), period: `${from + k}` };
        if (flag < 0.08) {
          return {
            ...common,
            value: null,
            printed: `${String(value).slice(0, 2)},${String(value).slice(2)}余`,
            quality: 'garbled-in-source',
            note: 'The source prints a stray comma inside the figure; it is kept as printed and not read as a number.',
            cite: cite(),
          };
        }
        if (flag < 0.3)
          return {
            ...common,
            value,
            printed: `${(value / 10000).toFixed(1)}万余`,
            quality: 'approximate',
            note: 'A lower bound, rounded in the source.',
            cite: cite(),
          };
        return { ...common, value, quality: 'as-reported', cite: cite() };
      }),
    );
    write('datasets', e.id, {
      title: `${capFirst(m.en)} in ${e.place.en}, ${from}–${from + years - 1}`,
      titleZh: `${e.place.zh}${from}—${from + years - 1}年${m.zh}`,
      measure: m.en,
      unit: m.unit,
      issuers: ids(r.some(ents.agencies, r.int(1, 2))),
      chart: r.pick(['bar', 'line', 'table']),
      summary: `Yearly figures for ${m.en} in ${e.place.en} from ${from}, as given by local police, prosecutors and courts.`,
      aliases: [{ text: `${e.place.zh}${m.zh}统计`, lang: 'zh', kind: 'translation' }],
      seeAlso: seeAlso(e),
      points,
    });
  });

  const probe = (kind: Kind, i: number) => ents[kind][Math.floor(ents[kind].length * i)]!;
  const c = probe('crimes', 0.5);
  const t = probe('terms', 0.37);
  return {
    counts,
    real,
    probes: [
      { query: c.name, path: `/crimes/${c.id}/`, lang: 'en' },
      { query: t.zh, path: `/terms/${t.id}/`, lang: 'zh' },
      { query: 'yearly figures local police prosecutors', lang: 'text' },
    ],
  };
}

/** Body text: three or four sections of English sentences with Chinese phrases, links and citations. */
class Prose {
  private r: Rng;
  private ents: Record<Kind, Ent[]>;
  private cite: () => string;
  constructor(r: Rng, ents: Record<Kind, Ent[]>, cite: () => string) {
    this.r = r;
    this.ents = ents;
    this.cite = cite;
  }

  private link(kind: Kind): string {
    const e = this.r.pick(this.ents[kind]);
    return `[${e.name}](/${kind}/${e.id}/)`;
  }
  /** A link followed by the same entity's Chinese name. */
  private linkZh(kind: Kind): string {
    const e = this.r.pick(this.ents[kind]);
    return `[${e.name}](/${kind}/${e.id}/) (<Zh>${e.zh}</Zh>)`;
  }
  private num(lo = 120, hi = 98000): string {
    return this.r.int(lo, hi).toLocaleString('en-US');
  }

  private sentence(self: Ent): string {
    const r = this.r;
    const y = r.int(2016, 2024);
    const P = self.place;
    const templates: (() => string)[] = [
      () =>
        `In ${y} the ${this.link('agencies')} reported ${this.num()} cases of ${this.linkZh('crimes')}, most of them started by a phone call or a message on social media.`,
      () =>
        `Prosecutors in ${P.en} charged ${this.num(20, 3000)} people in connection with ${self.name}, ${r.int(5, 80)} per cent more than a year earlier, and asked for heavier sentences for the organisers.`,
      () =>
        `Under the ${this.link('policies')}, banks must freeze suspicious accounts within ${r.int(2, 48)} hours and report them to the local anti-fraud centre (<Zh>反诈中心</Zh>).`,
      () =>
        `Police describe the ${this.linkZh('terms')} as a recurring link in the chain that supplies fraud groups with cards, accounts and people.`,
      () =>
        `The ${this.link('campaigns')} targeted ${r.pick(['card dealers', 'money mules', 'SIM box operators', 'recruiters on campus', 'people who rent out their accounts'])}, and officers seized ${this.num()} phone cards and ${this.num(50, 9000)} bank cards during its first phase.`,
      () =>
        `A notice issued in ${P.en} put it plainly: <Zh>${r
          .pick(ZH_LINES)
          .replace('{P}', P.zh)
          .replace('{N}', String(r.int(12, 9000)))
          .replace('{Y}', String(y))}</Zh>`,
      () =>
        `Victims lost about ${r.int(2, 900)} million yuan in ${y}, according to figures cited by the ${this.link('agencies')}; the average loss per case was ${this.num(3000, 90000)} yuan.`,
      () =>
        `Telecom operators blocked ${this.num(10000, 9000000)} calls and ${this.num(10000, 9000000)} text messages flagged as fraud, and the anti-fraud hotline 96110 reached ${this.num()} residents of ${P.en}.`,
      () =>
        `Courts treat the organisers as principal offenders, while people who only ${r.pick(['rented out their cards', 'lent their accounts', 'passed on a phone number', 'verified a stranger\u2019s login'])} are often given suspended sentences or not prosecuted at all.`,
      () =>
        `Many offenders were young: ${r.int(20, 70)} per cent of those prosecuted in ${P.en} were under 25, and a large share were students or had no steady job.`,
      () =>
        `The ${this.link('policies')} clarifies when selling a ${this.r.pick(TERM_NOUNS).en} counts as knowing help (<Zh>明知</Zh>) to a fraud group.`,
      () =>
        `Investigators traced the money through ${r.int(3, 12)} layers of accounts, including those of a ${this.link('terms')}, before it left the country as digital currency.`,
      () =>
        `Schools, banks and neighbourhood committees in ${P.en} ran ${this.num(10, 4000)} awareness sessions under the slogan <Zh>${r.pick(SLOGANS)}</Zh>.`,
      () =>
        `${self.name} is often discussed alongside ${this.link('crimes')} and ${this.link('terms')}, because the same gangs supply both.`,
      () =>
        `Local media reported that ${this.num(10000, 900000)} people in ${P.en} (<Zh>${P.zh}</Zh>) had installed the National Anti-Fraud Center app (<Zh>国家反诈中心APP</Zh>) by the end of ${y}.`,
      () =>
        `Groups based abroad recruited staff with promises of ${r.pick(['high salaries', 'easy office work', 'free travel', 'commission on sales'])}, then forced them to make scam calls to people in ${P.en} and other cities.`,
      () =>
        `In a typical case a ${r.pick(['student', 'delivery rider', 'shop assistant', 'bank clerk', 'farmer'])} from ${P.en} sold ${r.int(2, 40)} sets of "two cards" (<Zh>两卡</Zh>) to a money-laundering team for ${this.num(500, 20000)} yuan.`,
      () =>
        `The ${this.link('agencies')} asked platforms to verify the real identity of account holders and to suspend accounts that show ${r.pick(['abnormal logins', 'sudden large transfers', 'bulk messaging', 'many new contacts in a day'])}.`,
      () =>
        `By ${y} the ${this.linkZh('campaigns')} had broken up ${this.num(5, 900)} gangs that traded cards, accounts and fake identities.`,
      () =>
        `Officials say that whole-chain enforcement (<Zh>全链条打击</Zh>) works only when police, banks, telecom operators and internet platforms share data quickly.`,
    ];
    return `${r.pick(templates)()}${this.cite()}`;
  }

  body(self: Ent, chart: boolean): string {
    const r = this.r;
    const heads = r.some(HEADINGS, r.int(3, 4));
    const parts: string[] = [];
    const total = r.int(17, 22);
    let left = total;
    heads.forEach((h, i) => {
      parts.push(`## ${h}`);
      const k = i === heads.length - 1 ? left : Math.max(2, Math.round(total / heads.length));
      left -= k;
      const sentences = Array.from({ length: Math.max(k, 2) }, () => this.sentence(self));
      // Two paragraphs per section when it is long enough.
      const cut = sentences.length > 4 ? Math.ceil(sentences.length / 2) : sentences.length;
      parts.push(sentences.slice(0, cut).join(' '));
      if (cut < sentences.length) parts.push(sentences.slice(cut).join(' '));
      if (chart && i === 0) parts.push(`<Chart dataset="${r.pick(this.ents.datasets).id}" />`);
    });
    return parts.join('\n\n');
  }
}

const HEADINGS = [
  'Background',
  'How it works',
  'Enforcement',
  'Figures',
  'In the courts',
  'Prevention',
  'Who is involved',
  'Cross-border links',
  'Recent cases',
  'Policy response',
  'Money flows',
  'Victims',
];
const ZH_LINES = [
  '{P}警方{Y}年共破获电信网络诈骗案件{N}起，抓获犯罪嫌疑人一批。',
  '凡是要求转账到“安全账户”的，都是诈骗。',
  '不听、不信、不透露、不转账。',
  '{P}检察机关依法从严惩处卡商、跑分等上下游犯罪。',
  '全链条打击、全要素治理、全方位防范。',
  '{Y}年以来，{P}累计劝阻潜在受害人{N}人次。',
  '出租出借银行卡、电话卡可能构成帮助信息网络犯罪活动罪。',
  '{P}反诈中心提醒：陌生来电自称公检法的，请立即挂断。',
];
const SLOGANS = ['全民反诈', '反诈进校园', '守好钱袋子', '断卡行动进社区', '国家反诈中心APP人人装'];
