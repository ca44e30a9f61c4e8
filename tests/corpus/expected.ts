/**
 * Expected structure of the 15 real State Council documents in
 * /work/main/seeds/corpus/<name>/ — counted BY HAND from plain.txt (with source.html
 * consulted for titles, tables, bold/楷体 formatting), NOT from any parser's output.
 *
 * How the numbers were obtained
 * - Every plain.txt was read in full, paragraph by paragraph (paragraphs numbered 1..N).
 * - `paragraphs` = number of non-empty lines of plain.txt, i.e. `awk 'NF>0' plain.txt | wc -l`
 *   (every file has exactly one blank line between paragraphs and no whitespace-only lines, so this
 *   equals the number of blank-line-separated blocks; it also equals the README's "paragraphs" column).
 * - grep/regex listings of candidate lines (`^一、`, `^（一）`, `^1.`, `^第…条`, `。（…）$`) and a
 *   numeral-sequence check were used only to cross-check the reading; every hit was classified by hand
 *   (e.g. the `一、` / `（一）` / `1.` lines inside the sanji-yiyuan table are NOT body units).
 * - Each document's `breakdown` assigns every plain.txt paragraph to exactly one role; the values of
 *   `breakdown` sum to `paragraphs` (checked for all 15).
 *
 * Facts true of all 15 source.html files (repeated here once rather than 15 times):
 * - Contrary to corpus/README.md, source.html does NOT contain the gov.cn metadata table: each file is
 *   a fragment that starts with `<tbody> <tr> <td class="b12c" id="UCAP-CONTENT">` (no `<table>` open
 *   tag) and ends with an empty `<tr><td></td></tr>` and `</tbody>`. The only `<table>` in the whole
 *   corpus is the attachment table of sanji-yiyuan.
 * - The HTML has empty spacer paragraphs `<p><br></p>` (at least one, after the 发文字号 / order number)
 *   that plain.txt drops.
 * - Title lines are centred bold 18pt spans; 发文字号 is a centred 楷体 span; 一、 chapter headings are
 *   bold; （一） section titles (and unnumbered lead-in phrases, and bracketed 负责 notes) are 楷体 spans,
 *   not bold; signature lines are right-aligned and padded with trailing &nbsp; (trimmed in plain.txt).
 * - In the two regulations, `第N条` is a bold span followed by U+3000; plain.txt has one ASCII space
 *   there. No paragraph of plain.txt starts or ends with whitespace.
 */

/** A date as printed in the signature block, plus its ISO 8601 form. */
export interface DocDate {
  /** Exactly as printed in plain.txt, e.g. `2018年12月4日` (no zero padding). */
  printed: string;
  /** ISO 8601 calendar date, e.g. `2018-12-04`. */
  iso: string;
}

/** Shape of a <table> inside an attachment. */
export interface AttachmentTable {
  /** Number of <tr> rows, header row(s) included. */
  rows: number;
  /** Number of columns of the full grid (cells of the header row; rowspans fill the rest). */
  columns: number;
  /** Number of header rows at the top of the table. */
  headerRows: number;
  /** Header cell texts, left to right. */
  header: string[];
  /** Whether rowspan/colspan are used (a converter must rebuild the grid). */
  spans: boolean;
}

/** One 附件 (attachment) printed after the signature block. */
export interface Attachment {
  /** The label paragraph as printed, e.g. `附件`. */
  label: string;
  /** The attachment's own title. */
  title: string;
  /** Whether the attachment contains a <table>. */
  hasTable: boolean;
  /** Table shape if `hasTable`, else null. */
  table: AttachmentTable | null;
  /** What the attachment holds, in words. */
  holds: string;
  /** The reference line in the main text (before the signature), e.g. `附件：…`, or null if none. */
  bodyReference: string | null;
  /** Number of plain.txt paragraphs the attachment occupies (from its label to the end of the file). */
  paragraphs: number;
  /**
   * Paragraphs INSIDE the attachment that look like body numbering and must not be counted as body
   * units: lines starting `一、` (chapters), `（一）` (sections), `1.` (items).
   */
  lookalikes: { chapters: number; sections: number; items: number };
}

/**
 * Roles used in `Expected.breakdown` (each plain.txt paragraph has exactly one role).
 * Document (意见/通知) roles:
 * - title: title lines; docNumber: 发文字号 line; addressee: 主送 line; preamble: paragraphs between
 *   addressee and the first 一、;
 * - chapterHeadings: `一、…` lines; chapterText: unnumbered paragraphs directly under a chapter (in a
 *   chapter without sections, or before a chapter's first section);
 * - sectionLines: `（一）…` lines; sectionText: unnumbered paragraphs under a section (text of a
 *   heading-only section, including unnumbered lead-in paragraphs like `坚持问题导向。…`);
 * - itemLines: `1.…` lines; closing: document-level paragraphs after the last numbered unit;
 * - attachmentReference: `附件：…` line before the signature; signature: issuer + date lines;
 *   publicRelease: `（此件公开发布）`; attachment: every paragraph from the 附件 label to the end.
 * Order + regulation (国务院令) roles:
 * - orderHeading (`中华人民共和国国务院令`), orderNumber (`第707号`), orderText, orderSignature
 *   (signer line + date line), regulationTitle, regulationNote (parenthesised history note),
 *   regChapterHeadings (`第一章 …`), articleLines (`第N条 …`), regItemLines (`（一）…` 项),
 *   regSubItemLines (`1.…` 目 inside a 项), articleContinuation (further 款 paragraphs of an article).
 */
export type BreakdownRole =
  | 'title'
  | 'docNumber'
  | 'addressee'
  | 'preamble'
  | 'chapterHeadings'
  | 'chapterText'
  | 'sectionLines'
  | 'sectionText'
  | 'itemLines'
  | 'closing'
  | 'attachmentReference'
  | 'signature'
  | 'publicRelease'
  | 'attachment'
  | 'orderHeading'
  | 'orderNumber'
  | 'orderText'
  | 'orderSignature'
  | 'regulationTitle'
  | 'regulationNote'
  | 'regChapterHeadings'
  | 'articleLines'
  | 'regItemLines'
  | 'regSubItemLines'
  | 'articleContinuation';

/** Hand-counted expected structure of one corpus document. */
export interface Expected {
  /**
   * The document title as one string, its plain.txt lines joined with no space. For a 国务院令 this is
   * the title of the published regulation (the order's own heading is in `orderHeading`).
   */
  title: string;
  /** How many plain.txt paragraphs the title is split over (for a regulation: its title's paragraphs). */
  titleLines: number;
  /** 发文字号 as in meta.json, e.g. `国发〔2019〕5号` or `国令第707号`. */
  docNumber: string;
  /** 发文字号 exactly as printed in plain.txt (for an order only `第707号` is printed). */
  docNumberPrinted: string;
  /** For a 国务院令: the order heading as printed (`中华人民共和国国务院令`); otherwise null. */
  orderHeading: string | null;
  /**
   * Shape of the whole document:
   * - 'opinion': a 意见 or 通知 that is itself the document (title, 发文字号, 主送, text, signature);
   *   all 13 non-order documents here are of this form (none is a 印发…的通知 transmitting another text);
   * - 'order-with-regulation': a 国务院令 (order block with its own signature) that publishes a 条例.
   */
  form: 'opinion' | 'order-with-regulation';
  /** The signing body: `国务院` / `国务院办公厅`; for a 国务院令 `中华人民共和国国务院`. */
  issuer: string;
  /** For a 国务院令 the signer line exactly as in plain.txt (e.g. `总理  李克强`, two ASCII spaces); else null. */
  signer: string | null;
  /** Signature date (for an order: the order's date). */
  date: DocDate;
  /** Whether `（此件公开发布）` is printed. */
  publicRelease: boolean;
  /** The 主送 line without its trailing colon, or null if there is none. */
  addressee: string | null;
  /**
   * Opinion: number of paragraphs between the addressee line and the first `一、` heading.
   * Order: number of paragraphs of the order's own text (between order number and signer).
   */
  preamble: number;
  /** Regulation only: number of parenthesised note paragraphs under the regulation's title (else 0). */
  regulationNote: number;
  /** Regulation only: that note's text as printed in plain.txt (else null). */
  regulationNoteText: string | null;
  /** Count of `一、 二、 …` chapter headings of the body (not counting look-alikes inside attachments). */
  chapters: number;
  /** Count of `（一）（二）…` sections at the level under `一、` (not 项 inside articles). */
  sections: number;
  /** 'restarts' ((一) again in each chapter), 'runs-on' (continuing across chapters), or null if no sections. */
  sectionNumbering: 'restarts' | 'runs-on' | null;
  /** Count of `1. 2.` / `1、` items under sections or directly under chapters (not 目 inside a 项). */
  items: number;
  /** 'restarts' per parent, 'runs-on' across parents, 'single-group' (only one parent has items), or null. */
  itemNumbering: 'restarts' | 'runs-on' | 'single-group' | null;
  /** Count of `(1)` / `（1）` points printed as their own paragraphs under items. */
  points: number;
  /** Regulation: count of `第一章 …` chapters. */
  regChapters: number;
  /** Regulation: count of `第一节 …` sections. */
  regSections: number;
  /** Regulation: count of `第一条 …` articles. */
  articles: number;
  /** Regulation: count of `（一）（二）…` 项 inside articles. */
  regItems: number;
  /** Regulation: count of `1. 2.` 目 inside a 项. */
  regSubItems: number;
  /** Sections whose number, title and text are in one paragraph (`（一）加大稳岗支持力度。对不裁员…`), or whose whole text is on the numbered line. */
  runInSections: number;
  /** Sections whose numbered line is only a title (`（一）加强组织领导。`), text in following paragraphs. */
  headingSections: number;
  /** Sections with no title at all: the numbered paragraph is a whole measure (included in `runInSections`). */
  untitledSections: number;
  /** Items whose number, title and text are in one paragraph (`1.拓展两个市场。积极稳妥地…`). */
  runInItems: number;
  /** Chapters that have no numbered sections (their text is unnumbered paragraphs). */
  chaptersWithoutSections: number;
  /** Unnumbered paragraphs inside chapters that DO have sections, printed before the first section. */
  chapterIntroParagraphs: number;
  /** Unnumbered paragraphs starting with a 楷体 lead-in phrase that looks like a heading (`坚持全面覆盖。…`). */
  unnumberedLeadIns: number;
  /** Numbering levels skipped (e.g. `1.` directly under `一、`); empty if none. */
  skippedLevels: string[];
  /** Paragraphs after the last numbered unit's text that belong to the document as a whole. */
  closing: number;
  /** First characters of each closing paragraph, to identify them. */
  closingStartsWith: string[];
  /** The 附件 printed after the signature block. */
  attachments: Attachment[];
  /** Number of <table> elements in source.html. */
  tables: number;
  /** Non-empty paragraphs in plain.txt (`awk 'NF>0' plain.txt | wc -l`). */
  paragraphs: number;
  /** Paragraphs that END with a full stop followed by a bracketed note: `。（…负责）`, `。（负责部门：…）`. */
  bracketNotes: number;
  /** Bracketed responsibility notes in the MIDDLE of a paragraph (`…环境。（市场监管总局负责）加强…`). */
  inlineBracketNotes: number;
  /** Every plain.txt paragraph assigned to one role; the values sum to `paragraphs`. */
  breakdown: Partial<Record<BreakdownRole, number>>;
  /** Anything odd a converter must handle. */
  notes: string[];
}

export const ADDRESSEE = '各省、自治区、直辖市人民政府，国务院各部委、各直属机构';

export const expected: Record<string, Expected> = {
  // ───────────────────────────────────────────────────────────────────────────
  shuangsuiji: {
    title: '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见',
    titleLines: 2,
    docNumber: '国发〔2019〕5号',
    docNumberPrinted: '国发〔2019〕5号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院',
    signer: null,
    date: { printed: '2019年1月27日', iso: '2019-01-27' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 4,
    sections: 10,
    sectionNumbering: 'restarts',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 0,
    headingSections: 10,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 2,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 4,
    skippedLevels: [],
    // closing 0: the last section 四（三）营造良好环境。 is heading-only, so the paragraph after it
    // (各地区、各有关部门要做好相关法规规章…) is that section's text; the signature follows directly.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 42,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 4,
      chapterText: 7,
      sectionLines: 10,
      sectionText: 13,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'Title: in source.html ONE <p> whose bold span contains a <br> between 全面推行 and 部门联合; plain.txt splits it into 2 paragraphs (titleLines counted from plain.txt = 2).',
      'Title contains “双随机、一公开” — an enumeration comma inside quotes, not a title break.',
      'Chapters 一、总体要求 and 二、主要目标 have no numbered sections: 一 = 1 unnumbered paragraph + 4 unnumbered lead-in paragraphs (楷体 phrase 坚持全面覆盖。/坚持规范透明。/坚持问题导向。/坚持协同推进。 then text); 二 = 2 paragraphs (the second starts 到2019年底).',
      'All 10 sections are heading-only (`（一）统筹建设监管工作平台。` alone, 楷体); text paragraphs per section: 三(一)1 (二)2 (三)2 (四)1 (五)1 (六)1 (七)1, 四(一)2 (二)1 (三)1 = 13.',
      'Section numbering restarts: 三 has （一）…（七）, 四 has （一）…（三）.',
      'source.html has 42 <p> = 42 plain paragraphs only by coincidence (1 title <p> with <br> counts as 2 paragraphs, 1 empty <p><br></p> spacer counts as 0).',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'rongzi-danbao': {
    title: '国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见',
    titleLines: 3,
    docNumber: '国办发〔2019〕6号',
    docNumberPrinted: '国办发〔2019〕6号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院办公厅',
    signer: null,
    date: { printed: '2019年1月22日', iso: '2019-01-22' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 8,
    sections: 27,
    sectionNumbering: 'runs-on',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 26,
    headingSections: 1,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 4,
    skippedLevels: [],
    // closing 1: （二十七）完善绩效评价体系。 is run-in (title and text in one paragraph), so the next
    // paragraph 各地区、各部门要充分认识规范政府性融资担保机构运作的重要意义… (assigns 财政部 to supervise
    // the whole 意见) belongs to the document, not to （二十七） or 八、.
    closing: 1,
    closingStartsWith: ['各地区、各部门要充分认识规范政府性融资担保机构运作'],
    attachments: [],
    tables: 0,
    paragraphs: 49,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      title: 3,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 8,
      sectionLines: 27,
      sectionText: 4,
      closing: 1,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'Title over 3 paragraphs; contains curly quotes “三农”.',
      'Preamble ends with `：` (现提出以下意见：).',
      '（二）基本原则。 is heading-only; it is followed by 4 UNNUMBERED lead-in paragraphs whose first sentence is a 楷体 phrase (聚焦支小支农主业。/坚持保本微利运行。/落实风险分担补偿。/凝聚担保机构合力。) — they look like headings but are the text of （二）.',
      'Mixed styles in chapter 一: （一）指导思想。 is run-in, （二）基本原则。 is heading-only.',
      'Sections run on （一）…（二十七） across 8 chapters with no gaps or repeats.',
      'Frequent parentheses inside text, e.g. 基金（机构）, 国发〔2015〕43号 in （）, 中小企业融资（信用）担保机构 — not notes.',
      'No bracketed responsibility notes in this document.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'sanji-yiyuan': {
    title: '国务院办公厅关于加强三级公立医院绩效考核工作的意见',
    titleLines: 2,
    docNumber: '国办发〔2019〕4号',
    docNumberPrinted: '国办发〔2019〕4号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院办公厅',
    signer: null,
    date: { printed: '2019年1月16日', iso: '2019-01-16' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 5,
    sections: 19,
    sectionNumbering: 'restarts',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 16,
    headingSections: 3,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 2,
    unnumberedLeadIns: 3,
    skippedLevels: [],
    // closing 0: the last section 五（五）做好督导总结宣传。 is run-in and is followed only by the
    // attachment reference line 附件：三级公立医院绩效考核指标 (counted as attachmentReference, not closing),
    // then the signature.
    closing: 0,
    closingStartsWith: [],
    attachments: [
      {
        label: '附件',
        title: '三级公立医院绩效考核指标',
        hasTable: true,
        table: {
          rows: 56,
          columns: 5,
          headerRows: 1,
          header: ['一级指标', '二级指标', '三级指标', '指标性质', '指标说明'],
          spans: true,
        },
        holds:
          'The indicator system for the performance assessment: 4 first-level indicators (一、医疗质量 rowspan 24, 二、运营效率 19, 三、持续发展 9, 四、满意度评价 3), 14 second-level indicators （一）功能定位…（十四）医务人员满意度 (rowspans 7,8,6,3,2,10,5,2,3,3,2,1,2,1), 55 numbered third-level indicators 1.–55. (one per body row; 50 定量, 5 定性), 26 of them marked ▲ (national monitoring indicators), each with an explanation 计算方法：… + 指标来源：…; after the table (still in the attachment, outside <table>) a bold 注： and 12 numbered notes 1.–12.',
        bodyReference: '附件：三级公立医院绩效考核指标',
        paragraphs: 270,
        lookalikes: { chapters: 4, sections: 14, items: 67 },
      },
    ],
    tables: 1,
    paragraphs: 310,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 5,
      chapterText: 2,
      sectionLines: 19,
      sectionText: 5,
      attachmentReference: 1,
      signature: 2,
      publicRelease: 1,
      attachment: 270,
    },
    notes: [
      'The attachment table is flattened into plain.txt as 255 paragraphs (header 5 + 4 first-level cells + 27 second-level-cell paragraphs + 219 indicator paragraphs) followed by 注： and 12 notes: 270 attachment paragraphs in all (label 附件 1 + title 1 + 255 + 注： 1 + 12).',
      'Look-alikes inside the attachment that are NOT body units: 4 lines `一、医疗质量`…`四、满意度评价`, 14 lines `（一）功能定位`…`（十四）`, 55 indicators `1.`…`55.` and 12 notes `1.`…`12.`. Counting plain.txt naively gives 9 chapters, 33 sections, 67 items instead of 5 / 19 / 0.',
      'Second-level cells (三)…(十四) hold two <p> each, so plain.txt splits number and name: `（三）` alone, then `合理用药`; （十四） spans 3 paragraphs: `（十四）`, `医务人员`, `满意度`. Only （一）功能定位 and （二）质量安全 are one paragraph each.',
      'Explanation cells have `计算方法：…<br>指标来源：…` inside one <p>; plain.txt turns the <br> into a paragraph break (54 计算方法 + 54 指标来源 paragraphs). Indicator 12 (大型医用设备维修保养及质量控制管理, 定性) has a single explanation paragraph without 计算方法/指标来源, containing inline （1）…（4） — inline, not points.',
      'Indicator line `9. I类切口手术部位感染率▲` has a space after `9.` and a Latin capital I used as the Roman numeral.',
      '▲ appears on 26 indicator names (plus once in note 2 which says 标记“▲”的26个指标) — a marker character at the end of a cell, not punctuation.',
      'Table header cells and the 4 first-level cells are double-bold (bold span inside <b>), so `一、医疗质量` etc. look like bold chapter headings; 计算方法： is a 楷体 span. The table sits in a <div> inside the content cell; table and notes use font-size 10pt.',
      'Formulas mix full-width and ASCII symbols: `＝` (indicator 17) and `=` (indicators 25, 35, 38–41), full-width minus `－` in 37–41, `×100%`, `/`.',
      'Chapter 一: all three sections heading-only (（一）指导思想。/（二）基本原则。/（三）工作目标。); （二） is followed by 3 unnumbered lead-ins (楷体 坚持公益性导向，提高医疗服务效率。 etc. — lead-ins with a comma inside). Chapters 二–五: all sections run-in.',
      'Chapters 二、指标体系 and 四、考核程序 each start with one unnumbered intro paragraph before their （一）; chapter 二’s intro contains the cross-reference （见附件）.',
      'Section numbering restarts in each chapter: 3, 4, 4, 3, 5.',
      'Two separate 附件 markers: the reference line `附件：三级公立医院绩效考核指标` BEFORE the signature, and the label `附件` (bold) AFTER （此件公开发布）, followed by the centred bold title and the table.',
      'The 发文字号 <p> ends with a <br>; 4 empty spacer <p>s around the attachment label/title. source.html has 264 <p> (many inside table cells) vs 310 plain paragraphs.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'zonghe-baoshuiqu': {
    title: '国务院关于促进综合保税区高水平开放高质量发展的若干意见',
    titleLines: 2,
    docNumber: '国发〔2019〕3号',
    docNumberPrinted: '国发〔2019〕3号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院',
    signer: null,
    date: { printed: '2019年1月12日', iso: '2019-01-12' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 5,
    sections: 9,
    sectionNumbering: 'restarts',
    items: 21,
    itemNumbering: 'runs-on',
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 4,
    headingSections: 5,
    untitledSections: 0,
    runInItems: 21,
    chaptersWithoutSections: 3,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 0: the last numbered unit is chapter 五、有关要求, which has no sections; its 4 unnumbered
    // paragraphs (各地区各有关部门要…, 海关总署要…, 国务院有关部门要…, 各省、自治区、直辖市人民政府…) are that
    // chapter's text. Ambiguity: the first of them reads like a typical closing paragraph, but it sits
    // under the heading 五、有关要求, so it is chapter text, not document-level closing.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 49,
    bracketNotes: 21,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 5,
      chapterText: 6,
      sectionLines: 9,
      itemLines: 21,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'Chapters 一、指导思想 (1 paragraph), 三、发展目标 (1 paragraph) and 五、有关要求 (4 paragraphs) have no sections.',
      'Section titles contain commas: run-in （一）坚持深化改革，简政放权。进一步健全… (chapter 二, 4 sections) and heading-only （一）统筹两个市场，打造加工制造中心。 (chapter 四, 5 sections). Do not split titles at the comma.',
      'Section numbering restarts: 二 （一）…（四）, 四 （一）…（五）.',
      'Items 1.–21. RUN ON across the 5 sections of chapter 四 (1–5, 6–9, 10–13, 14–16, 17–21); each item is run-in with a 楷体 title (1.拓展两个市场。…) and ends with a bracketed responsibility note.',
      'Item 1’s note carries a meta-note inside the brackets: （税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）.',
      'Preamble ends with `：`.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'xiaofei-fupin': {
    title: '国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见',
    titleLines: 2,
    docNumber: '国办发〔2018〕129号',
    docNumberPrinted: '国办发〔2018〕129号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院办公厅',
    signer: null,
    date: { printed: '2018年12月30日', iso: '2018-12-30' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 6,
    sections: 17,
    sectionNumbering: 'runs-on',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 17,
    headingSections: 0,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 1,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 0: the last section （十七）强化督促落实。 is run-in and ends with its 负责 note; the
    // signature follows immediately. There is no document-level closing paragraph.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 32,
    bracketNotes: 17,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 6,
      chapterText: 1,
      sectionLines: 17,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'Chapter 一、总体要求 has no sections (one unnumbered paragraph); numbered sections begin in chapter 二 with （一） and run on to （十七） in chapter 六.',
      'Every section is run-in and ends with a 楷体 bracketed responsibility note such as （扶贫办、…、全国总工会等和各省级人民政府负责） — 17 notes, all paragraph-final.',
      'Preamble cites 《中共中央 国务院关于打赢脱贫攻坚战三年行动的指导意见》 with an ASCII space between the two issuing bodies.',
      'Preamble <p> is text-align:left (others justify) — irrelevant to structure.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'keyan-zizhuquan': {
    title: '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知',
    titleLines: 2,
    docNumber: '国办发〔2018〕127号',
    docNumberPrinted: '国办发〔2018〕127号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院办公厅',
    signer: null,
    date: { printed: '2018年12月26日', iso: '2018-12-26' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 5,
    sections: 11,
    sectionNumbering: 'restarts',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 11,
    headingSections: 0,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 2,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 0: the last section 五（三）加强对政策落实的监督。 is run-in and the signature follows
    // directly; no paragraph addresses the document as a whole after it.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 26,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 5,
      chapterText: 2,
      sectionLines: 11,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'A 通知 that is itself the document (现就有关事项通知如下。) — same shape as an 意见, hence form "opinion".',
      'Chapters 一 and 二 have no sections: each is a heading followed by exactly one unnumbered paragraph.',
      'Section numbering restarts in each of chapters 三 (4), 四 (4), 五 (3).',
      'Section titles are full sentences, e.g. （四）科研单位要健全完善内部管理制度。',
      'Text cites 《中共中央办公厅 国务院办公厅印发〈…〉的通知》 (twice) with an ASCII space and nested 〈〉 inside 《》.',
      'Signature <p>s are right-aligned but also carry text-indent:2em.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'xingzheng-zhifa': {
    title: '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见',
    titleLines: 3,
    docNumber: '国办发〔2018〕118号',
    docNumberPrinted: '国办发〔2018〕118号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院办公厅',
    signer: null,
    date: { printed: '2018年12月5日', iso: '2018-12-05' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 6,
    sections: 23,
    sectionNumbering: 'runs-on',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 20,
    headingSections: 3,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 4,
    unnumberedLeadIns: 5,
    skippedLevels: [],
    // closing 1: （二十三）加强队伍建设。 is run-in, so the following paragraph 各地区、各部门要于2019年3月底前
    // 制定…实施方案，并报司法部备案… (deadline and reporting for the whole 意见) is a closing paragraph.
    closing: 1,
    closingStartsWith: ['各地区、各部门要于2019年3月底前制定'],
    attachments: [],
    tables: 0,
    paragraphs: 50,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      title: 3,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 6,
      chapterText: 4,
      sectionLines: 23,
      sectionText: 7,
      closing: 1,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'Title over 3 paragraphs; the three 制度 names are run together with no punctuation.',
      'Chapter 一: （一）指导思想。, （二）基本原则。, （三）工作目标。 are heading-only (text paragraphs 1, 5, 1); the 5 paragraphs under （二） are unnumbered lead-ins (楷体 坚持依法规范。/坚持执法为民。/坚持务实高效。/坚持改革创新。/坚持统筹协调。).',
      'Chapters 二, 三, 四, 五 each begin with one unnumbered intro paragraph before their first section (4 in all); chapter 六 starts directly with （十八）.',
      'Sections run on （一）…（二十三） across 6 chapters; chapters 二–六 sections are all run-in.',
      '`（此件公开发布）` is a left-aligned <p> with leading &nbsp; in the HTML (trimmed in plain.txt).',
      'The 发文字号 <p> ends with a <br>.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  nongji: {
    title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
    titleLines: 2,
    docNumber: '国发〔2018〕42号',
    docNumberPrinted: '国发〔2018〕42号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院',
    signer: null,
    date: { printed: '2018年12月21日', iso: '2018-12-21' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 8,
    sections: 20,
    sectionNumbering: 'runs-on',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 19,
    headingSections: 1,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 0: the last section （二十）促进政府与市场良性互动。 is run-in and ends with its 负责 note; the
    // signature follows directly.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 38,
    bracketNotes: 18,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 8,
      sectionLines: 20,
      sectionText: 2,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      '（二）发展目标。 is heading-only, with two text paragraphs starting 到2020年… and 到2025年… (target years, not dates or headings); all other 19 sections are run-in — mixed styles inside chapter 一.',
      'Sections run on （一）…（二十） across 8 chapters.',
      'Bracketed responsibility notes end sections （三）…（二十） (18); （一） and （二） have none. The first note carries a meta-note: （工业和信息化部、…等负责。列第一位者为牵头单位，下同）.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'zhengwu-xinmeiti': {
    title: '国务院办公厅关于推进政务新媒体健康有序发展的意见',
    titleLines: 2,
    docNumber: '国办发〔2018〕123号',
    docNumberPrinted: '国办发〔2018〕123号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院办公厅',
    signer: null,
    date: { printed: '2018年12月7日', iso: '2018-12-07' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 5,
    sections: 13,
    sectionNumbering: 'restarts',
    items: 4,
    itemNumbering: 'single-group',
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 10,
    headingSections: 3,
    untitledSections: 0,
    runInItems: 4,
    chaptersWithoutSections: 1,
    chapterIntroParagraphs: 1,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 0: the last section 五（三）加强考核评价。 is run-in; its last sentence (国务院办公厅将对…
    // 进行网上监测和抽查…) is inside that paragraph, and the signature follows directly.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 36,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 5,
      chapterText: 4,
      sectionLines: 13,
      sectionText: 2,
      itemLines: 4,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'Chapter 一: three heading-only sections; （一）指导思想。 and （二）工作目标。 have one text paragraph each, （三）基本原则。 has 4 run-in items 1.坚持正确导向。… 4.坚持创新发展。 (plain text in the HTML, not 楷体 or bold).',
      'Chapter 二、明确工作职责 has no sections (3 unnumbered paragraphs); chapter 三、加强功能建设 has one intro paragraph before its （一）.',
      'Section numbering restarts in every chapter: 3, 0, 3, 4, 3.',
      'Section titles with commas: （一）推进政务公开，强化解读回应。, （二）加强政民互动，创新社会治理。, （三）突出民生事项，优化掌上服务。',
      'Very short section titles in chapter 四: （一）开设整合。 （二）内容保障。 （三）安全防护。 （四）监督管理。 (run-in).',
      'Inline parenthesis IPv6（互联网协议第6版） and 办公厅（室） — not notes.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'geshui-tiaoli': {
    title: '中华人民共和国个人所得税法实施条例',
    titleLines: 1,
    docNumber: '国令第707号',
    docNumberPrinted: '第707号',
    orderHeading: '中华人民共和国国务院令',
    form: 'order-with-regulation',
    issuer: '中华人民共和国国务院',
    signer: '总理  李克强',
    date: { printed: '2018年12月18日', iso: '2018-12-18' },
    publicRelease: false,
    addressee: null,
    preamble: 1,
    regulationNote: 1,
    regulationNoteText:
      '（1994年1月28日中华人民共和国国务院令第142号发布 根据2005年12月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第一次修订 根据2008年2月18日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第二次修订 根据2011年7月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第三次修订 2018年12月18日中华人民共和国国务院令第707号第四次修订）',
    chapters: 0,
    sections: 0,
    sectionNumbering: null,
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 36,
    regItems: 26,
    regSubItems: 4,
    runInSections: 0,
    headingSections: 0,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 0: the regulation ends with 第三十六条 本条例自2019年1月1日起施行。; the order's signature
    // (总理  李克强 / 2018年12月18日) comes BEFORE the regulation, and nothing follows the last article.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 89,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      orderHeading: 1,
      orderNumber: 1,
      orderText: 1,
      orderSignature: 2,
      regulationTitle: 1,
      regulationNote: 1,
      articleLines: 36,
      regItemLines: 26,
      regSubItemLines: 4,
      articleContinuation: 16,
    },
    notes: [
      'Order block first: 中华人民共和国国务院令 / 第707号 (meta.json has 国令第707号) / one sentence 现公布修订后的《…》，自2019年1月1日起施行。 / 总理  李克强 / 2018年12月18日 — the signature precedes the regulation. No 主送, no （此件公开发布）.',
      'Signer line: HTML has two U+3000 between 总理 and 李克强; plain.txt has two ASCII spaces.',
      'The regulation has no 章 or 节: articles 第一条…第三十六条 follow the title directly, no gaps.',
      '项 （一）… inside articles (not sections): 第三条 5, 第六条 9, 第十四条 4, 第十六条 4, 第二十五条 4 = 26.',
      '第六条（五）经营所得，是指： has 目 1.–4. as their own paragraphs, and then the 项 continue with （六）…（九）: the 1. lines are regSubItems, not items, and must not close the 项 list.',
      'Further 款 paragraphs (16): 第六条 1 (after the 项 list: 个人取得的所得，难以界定…), 第十三条 1, 第十五条 2, 第十六条 3 (after its 项), 第二十一条 2, 第二十四条 1, 第二十五条 2 (after its 项), 第二十八条 1, 第三十条 2, 第三十一条 1.',
      '第N条 is a bold span followed by U+3000 in HTML, a single ASCII space in plain.txt. Text refers to other provisions mid-sentence (个人所得税法第四条第一款第二项…) — not article starts.',
      'The history note under the title is a 楷体, left-aligned parenthesised paragraph; its clauses are separated by U+3000 in HTML, single ASCII spaces in plain.txt.',
      '10 of the 26 项 are a single short sentence ending in 。 (e.g. （四）纳税人申请退税。, （三）稿酬所得，是指…所得。) and look exactly like heading-only sections; inside an article they are 项 and have no text paragraphs of their own.',
      '第四条 contains a half-width ASCII semicolon `;` (免予缴纳个人所得税;在中国境内…) — the only ASCII semicolon in the corpus.',
      'HTML has 5 empty spacer <p><br></p> (after the order number, two after the date, two after the note): 94 <p> vs 89 paragraphs.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'tiyu-jingsai': {
    title: '国务院办公厅关于加快发展体育竞赛表演产业的指导意见',
    titleLines: 2,
    docNumber: '国办发〔2018〕121号',
    docNumberPrinted: '国办发〔2018〕121号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院办公厅',
    signer: null,
    date: { printed: '2018年12月11日', iso: '2018-12-11' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 5,
    sections: 19,
    sectionNumbering: 'runs-on',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 18,
    headingSections: 1,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 4,
    skippedLevels: [],
    // closing 1: （十九）完善相关投入机制。 is run-in and ends with its 负责 note, so the next paragraph
    // 各地区、各有关部门要充分认识发展体育竞赛表演产业的重要意义… (it also has no 负责 note, unlike every
    // section of chapters 二–五) is document-level.
    closing: 1,
    closingStartsWith: ['各地区、各有关部门要充分认识发展体育竞赛表演产业'],
    attachments: [],
    tables: 0,
    paragraphs: 37,
    bracketNotes: 16,
    inlineBracketNotes: 5,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 5,
      sectionLines: 19,
      sectionText: 4,
      closing: 1,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'Chapter titles contain commas: 二、丰富赛事活动，完善赛事体系 / 三、壮大市场主体，优化市场环境 / 四、优化产业布局，加强平台建设 / 五、强化协调配合，加强资金保障.',
      '（二）基本原则。 is heading-only, followed by 4 unnumbered lead-ins (楷体 坚持问题导向。/坚持市场驱动。/坚持融合发展。/坚持因地制宜。); （一） and （三） in the same chapter are run-in.',
      'Sections run on （一）…（十九）.',
      'Responsibility notes: 16 sections (（四）…（十九）) END with one; in addition 5 notes sit MID-paragraph: （十） has 2 (…准入环境。（市场监管总局负责）加强… and …投身体育竞赛表演产业。（体育总局、教育部负责）重视…), （十三） has 2, （十八） has 1 — 21 notes in all, each a 楷体 span in the HTML.',
      'Section title with quotes: （十八）持续推进“放管服”改革。',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'hefaxing-shenhe': {
    title: '国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见',
    titleLines: 2,
    docNumber: '国办发〔2018〕115号',
    docNumberPrinted: '国办发〔2018〕115号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院办公厅',
    signer: null,
    date: { printed: '2018年12月4日', iso: '2018-12-04' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 4,
    sections: 12,
    sectionNumbering: 'runs-on',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 12,
    headingSections: 0,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 1: （十二）强化指导监督。 is run-in, so the following paragraph 司法部负责组织协调、统筹推进、
    // 督促指导本意见贯彻落实工作… (responsibility for implementing the whole 意见) is document-level.
    closing: 1,
    closingStartsWith: ['司法部负责组织协调、统筹推进、督促指导本意见'],
    attachments: [],
    tables: 0,
    paragraphs: 25,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 4,
      sectionLines: 12,
      closing: 1,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'All 12 sections run-in; numbering runs on （一）…（十二） across 4 chapters.',
      'Preamble ends with `。` (现提出以下意见。), not `：`.',
      'The closing paragraph begins with a ministry name (司法部负责…), not the usual 各地区、各部门要…; a closing detector keyed on 各地区 would miss it.',
      'Preamble contains defining parentheses （以下简称规范性文件）（以下统称行政机关） and 《法治政府建设实施纲要（2015—2020年）》 — not notes.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'cujin-jiuye': {
    title: '国务院关于做好当前和今后一个时期促进就业工作的若干意见',
    titleLines: 2,
    docNumber: '国发〔2018〕39号',
    docNumberPrinted: '国发〔2018〕39号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院',
    signer: null,
    date: { printed: '2018年11月16日', iso: '2018-11-16' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 5,
    sections: 15,
    sectionNumbering: 'runs-on',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 15,
    headingSections: 0,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 1: （十五）指导企业等各方履行社会责任。 is run-in and ends with its 负责 note, so the next
    // paragraph 从工业企业结构调整专项奖补资金中安排部分资金… (funding, simplification of subsidies, and
    // reporting on 贯彻落实本意见 — and, unlike every section, without a 负责 note) belongs to the whole
    // document, not to 五、落实各方责任.
    closing: 1,
    closingStartsWith: ['从工业企业结构调整专项奖补资金中安排部分资金'],
    attachments: [],
    tables: 0,
    paragraphs: 29,
    bracketNotes: 15,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 5,
      sectionLines: 15,
      closing: 1,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'Every one of the 15 sections is run-in and ends with a 楷体 responsibility note; the first one carries a meta-note: （人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同） (a full stop INSIDE the brackets).',
      'Sections run on （一）…（十五） across 5 chapters.',
      'The closing paragraph does not start with 各地区、各部门 (it starts 从工业企业结构调整…) — it is recognisable only by position (after a run-in last section) and by having no responsibility note.',
      'Number ranges with an em dash: 16—24岁, 3—12个月.',
      'Preamble ends with `：`.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  zimaoqu: {
    title: '国务院关于支持自由贸易试验区深化改革创新若干措施的通知',
    titleLines: 2,
    docNumber: '国发〔2018〕38号',
    docNumberPrinted: '国发〔2018〕38号',
    orderHeading: null,
    form: 'opinion',
    issuer: '国务院',
    signer: null,
    date: { printed: '2018年11月7日', iso: '2018-11-07' },
    publicRelease: true,
    addressee: ADDRESSEE,
    preamble: 1,
    regulationNote: 0,
    regulationNoteText: null,
    chapters: 5,
    sections: 53,
    sectionNumbering: 'runs-on',
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 0,
    regSections: 0,
    articles: 0,
    regItems: 0,
    regSubItems: 0,
    runInSections: 53,
    headingSections: 0,
    untitledSections: 53,
    runInItems: 0,
    chaptersWithoutSections: 1,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 4,
    skippedLevels: [],
    // closing 0: after the last numbered measure （五十三） comes the heading 五、切实做好组织实施, and the 4
    // paragraphs after it (坚持党的领导。/维护国家安全。/强化组织管理。/狠抓工作落实。) are that chapter's text,
    // not document-level closing; the signature follows them.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 70,
    bracketNotes: 53,
    inlineBracketNotes: 0,
    breakdown: {
      title: 2,
      docNumber: 1,
      addressee: 1,
      preamble: 1,
      chapterHeadings: 5,
      chapterText: 4,
      sectionLines: 53,
      signature: 2,
      publicRelease: 1,
    },
    notes: [
      'A 通知 that is itself the document (现将有关事项通知如下：) — form "opinion", but its sections are a different shape: 53 UNTITLED measures. Each numbered paragraph is the whole measure plus a note, e.g. （三）将建筑工程施工许可…下放至自贸试验区。（负责部门：住房城乡建设部）. There is no title sentence and no 楷体 title span; splitting at the first `。` would make the whole measure a "title" (and for （二十二）, （四十）, （四十七） with two sentences, would cut the measure in two).',
      'Measures run on （一）…（五十三） across chapters 一–四 (16, 19, 12, 6); no gaps or repeats.',
      'Chapter 五、切实做好组织实施 has no numbered sections: 4 unnumbered lead-in paragraphs (楷体 坚持党的领导。/维护国家安全。/强化组织管理。/狠抓工作落实。).',
      'All 53 measures end with `。（负责部门：…）` (楷体). Separator before 适用范围 differs: （一）uses `；适用范围：所有自贸试验区，以下除标注适用于特定自贸试验区的措施外，适用范围均为所有自贸试验区`, later ones use `，适用范围：福建自贸试验区` etc.',
      'Inline parentheses inside measures are not notes: 外国（地区）, （包括设计、施工、…）, （须经交易双方确认）, （国家法律法规暂不允许的除外）.',
      'Preamble ends with `：`.',
    ],
  },

  // ───────────────────────────────────────────────────────────────────────────
  'zhuanli-daili': {
    title: '专利代理条例',
    titleLines: 1,
    docNumber: '国令第706号',
    docNumberPrinted: '第706号',
    orderHeading: '中华人民共和国国务院令',
    form: 'order-with-regulation',
    issuer: '中华人民共和国国务院',
    signer: '总理  李克强',
    date: { printed: '2018年11月6日', iso: '2018-11-06' },
    publicRelease: false,
    addressee: null,
    preamble: 1,
    regulationNote: 1,
    regulationNoteText: '（1991年3月4日中华人民共和国国务院令第76号发布 2018年9月6日国务院第23次常务会议修订通过）',
    chapters: 0,
    sections: 0,
    sectionNumbering: null,
    items: 0,
    itemNumbering: null,
    points: 0,
    regChapters: 5,
    regSections: 0,
    articles: 32,
    regItems: 14,
    regSubItems: 0,
    runInSections: 0,
    headingSections: 0,
    untitledSections: 0,
    runInItems: 0,
    chaptersWithoutSections: 0,
    chapterIntroParagraphs: 0,
    unnumberedLeadIns: 0,
    skippedLevels: [],
    // closing 0: the regulation ends with 第三十二条 本条例自2019年3月1日起施行。 and its second 款
    // 本条例施行前依法设立的专利代理机构… — that paragraph is part of article 32 (articleContinuation), not a
    // closing; the order's signature precedes the regulation.
    closing: 0,
    closingStartsWith: [],
    attachments: [],
    tables: 0,
    paragraphs: 74,
    bracketNotes: 0,
    inlineBracketNotes: 0,
    breakdown: {
      orderHeading: 1,
      orderNumber: 1,
      orderText: 1,
      orderSignature: 2,
      regulationTitle: 1,
      regulationNote: 1,
      regChapterHeadings: 5,
      articleLines: 32,
      regItemLines: 14,
      articleContinuation: 16,
    },
    notes: [
      'Order block first: 中华人民共和国国务院令 / 第706号 (meta.json 国令第706号) / one text paragraph / 总理  李克强 / 2018年11月6日; signer <p> in HTML has two leading U+3000 (　　总理　　李克强), trimmed in plain.txt to `总理  李克强` (two ASCII spaces inside).',
      'Stray spaces in chapter headings: plain.txt `第一章 总  则` and `第五章 附  则` (one space after 章, two inside the two-character title); HTML has U+3000 (第一章　总　　则). Other chapters: `第二章 专利代理机构和专利代理师`, `第三章 专利代理执业`, `第四章 法律责任`.',
      'Articles per chapter: 6, 6, 11, 5, 4 (第一条–第六条, 第七条–第十二条, 第十三条–第二十三条, 第二十四条–第二十八条, 第二十九条–第三十二条); no gaps.',
      '项 inside articles: 第八条 4, 第二十五条 5, 第二十六条 5 = 14; 第二十五条 and 第二十六条 each have a further 款 after the 项 list.',
      'Further 款 paragraphs (16): 第三、四、五条 1 each, 第六条 2, 第九条 1, 第十二条 1, 第十四条 1, 第十六条 2, 第十九条 1, 第二十条 1, 第二十四条 1, 第二十五条 1, 第二十六条 1, 第三十二条 1.',
      '项 such as （五）疏于管理，造成严重后果。 and （四）合伙人、股东符合国家有关规定。 look like heading-only sections; inside an article they are 项.',
      'Full-width digit in 第十一条: 实习满１年 (U+FF11) — the only full-width digit in the corpus.',
      '第二十五条第二款 reads 专业代理机构在执业过程中… (as printed; apparently for 专利代理机构) — source text, do not correct.',
      'Chapter headings are centred bold <p>s surrounded by empty spacer <p><br></p> (12 spacers in the HTML: 86 <p> vs 74 paragraphs).',
      'No 主送, no （此件公开发布）.',
    ],
  },
};

export default expected;
