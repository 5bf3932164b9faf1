/**
 * Builds the labelled query set `queries.json` over the demo report documents.
 *
 * The judgements come from a rule over the documents' fields, never from a search engine:
 *
 *   A document is relevant to a query when EVERY concept of the query holds for it:
 *   - a topic concept holds when one of its terms occurs in the document's title or in one of its
 *     keywords (substring match; a Latin/digit term such as AI or 5G must stand as a whole word);
 *   - a region concept holds when the document's base is in that province;
 *   - an IPC concept holds when the document is classified in that IPC subclass;
 *   - a text concept holds when its phrase occurs anywhere in the document's text (title, keywords,
 *     abstract, chapters); it is used for generic phrases (专利布局, 产业专利) and for a term that no
 *     title or keyword carries in the demo data (AI芯片).
 *   Before matching, query terms and document text are normalised the way users' input is: full-width
 *   → half-width, Latin lower-cased, traditional → simplified (chinese.ts `normalise`), and a topic
 *   term stands for its whole group of the synonym table (synonyms.ts), so 光阻 is judged as 光刻胶.
 *
 * Run `npx tsx search-indexer/relevance/build-judgements.ts` after changing the demo data, the query
 * list or the synonym table; a test fails while the committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { normalise } from "../engine/chinese";
import { demoReportDocuments } from "../engine/demo-documents";
import type { ReportDocument } from "../engine/documents";
import { SYNONYM_GROUPS } from "../engine/synonyms";

export type Concept = { topic: string } | { region: string } | { ipc: string } | { text: string };

export interface QuerySpec {
  query: string;
  kind: "single" | "two-character" | "multi-word" | "region+industry" | "mixed" | "synonym" | "traditional" | "ipc";
  concepts: Concept[];
}

export interface Judgement extends QuerySpec {
  id: string;
  relevant: string[];
}

export interface JudgementFile {
  generatedBy: string;
  rule: string;
  documents: number;
  queries: Judgement[];
}

const t = (topic: string): Concept => ({ topic });
const q = (query: string, kind: QuerySpec["kind"], ...concepts: Concept[]): QuerySpec => ({ query, kind, concepts });

export const QUERY_SPECS: readonly QuerySpec[] = [
  q("光伏", "single", t("光伏")),
  q("储能", "single", t("储能")),
  q("生物育种", "single", t("生物育种")),
  q("智能网联汽车", "single", t("智能网联汽车")),
  q("工业机器人", "single", t("工业机器人")),
  q("电子化学品", "single", t("电子化学品")),
  q("稀土功能材料", "single", t("稀土功能材料")),
  q("激光雷达", "single", t("激光雷达")),
  q("卫星导航", "single", t("卫星导航")),
  q("航空航天", "single", t("航空航天")),
  q("碳基新材料", "single", t("碳基新材料")),
  q("电驱动系统", "single", t("电驱动系统")),
  q("双特异性抗体", "single", t("双特异性抗体")),
  q("多肽药物", "single", t("多肽药物")),
  q("钠离子电池", "single", t("钠离子电池")),
  q("压缩空气储能", "single", t("压缩空气储能")),
  q("光纤通信", "single", t("光纤通信")),
  q("芯片", "two-character", t("芯片")),
  q("电池", "two-character", t("电池")),
  q("育种", "two-character", t("育种")),
  q("抗体", "two-character", t("抗体")),
  q("雷达", "two-character", t("雷达")),
  q("储氢", "two-character", t("储氢")),
  q("固态电池 专利布局", "multi-word", t("固态电池"), { text: "专利布局" }),
  q("生物育种 专题数据库", "multi-word", t("生物育种"), t("专题数据库")),
  q("工业机器人 动态简报", "multi-word", t("工业机器人"), t("动态简报")),
  q("电子化学品 高价值专利", "multi-word", t("电子化学品"), t("高价值专利")),
  q("光伏 产业专利", "multi-word", t("光伏"), { text: "产业专利" }),
  q("江苏 集成电路", "region+industry", { region: "江苏" }, t("集成电路")),
  q("广东 生物医药", "region+industry", { region: "广东" }, t("生物医药")),
  q("上海 智能网联汽车", "region+industry", { region: "上海" }, t("智能网联汽车")),
  q("浙江 储能", "region+industry", { region: "浙江" }, t("储能")),
  q("山西 稀土", "region+industry", { region: "山西" }, t("稀土")),
  q("黑龙江 生物育种", "region+industry", { region: "黑龙江" }, t("生物育种")),
  q("湖南 工业机器人", "region+industry", { region: "湖南" }, t("工业机器人")),
  q("AI芯片", "mixed", { text: "AI芯片" }),
  q("mRNA疫苗", "mixed", t("mRNA疫苗")),
  q("5G", "mixed", t("5G")),
  q("CAR-T", "mixed", t("CAR-T")),
  q("Wi-Fi 7", "mixed", t("Wi-Fi 7")),
  q("PD-1", "mixed", t("PD-1")),
  q("光阻", "synonym", t("光阻")),
  q("LiDAR", "synonym", t("LiDAR")),
  q("大模型", "synonym", t("大模型")),
  q("锂电", "synonym", t("锂电")),
  q("SiC", "synonym", t("SiC")),
  q("钠电池", "synonym", t("钠电池")),
  q("HJT", "synonym", t("HJT")),
  q("无人驾驶", "synonym", t("无人驾驶")),
  q("ADC", "synonym", t("ADC")),
  q("太阳能电池", "synonym", t("太阳能电池")),
  q("固態電池", "traditional", t("固態電池")),
  q("積體電路", "traditional", t("積體電路")),
  q("儲能", "traditional", t("儲能")),
  q("鋰電池", "traditional", t("鋰電池")),
  q("碳化矽", "traditional", t("碳化矽")),
  q("衛星導航", "traditional", t("衛星導航")),
  q("生物醫藥", "traditional", t("生物醫藥")),
  q("H01L", "ipc", { ipc: "H01L" }),
  q("C12N", "ipc", { ipc: "C12N" }),
  q("H04W", "ipc", { ipc: "H04W" }),
  q("G06N", "ipc", { ipc: "G06N" }),
];

const isLatin = (term: string) => /^[a-z0-9][a-z0-9 .-]*$/.test(term);
const wordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

/** Substring match; a Latin term must not be glued to other Latin letters or digits (AI ≠ AIGC). */
function occurs(term: string, text: string): boolean {
  if (!isLatin(term)) return text.includes(term);
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (!wordChar(text[at - 1]) && !wordChar(text[at + term.length])) return true;
  }
  return false;
}

/** The topic term and, when it belongs to synonym groups, every member of them; all normalised. */
function termsOf(topic: string): string[] {
  const term = normalise(topic);
  const groups = SYNONYM_GROUPS.map((group) => group.map(normalise)).filter((group) => group.includes(term));
  return [...new Set([term, ...groups.flat()])];
}

function holds(concept: Concept, document: ReportDocument): boolean {
  if ("region" in concept) return document.provinceName === concept.region;
  if ("ipc" in concept) return document.ipcClasses.includes(concept.ipc);
  if ("text" in concept) {
    const text = normalise([document.title, ...document.keywords, document.abstract, document.chapters].join("\n"));
    return occurs(normalise(concept.text), text);
  }
  const fields = [document.title, ...document.keywords].map(normalise);
  return termsOf(concept.topic).some((term) => fields.some((field) => occurs(term, field)));
}

export const RULE =
  "relevant = every concept holds: topic terms (with their synonym group) in the title or a keyword; region = the base's province; " +
  "ipc = the document's IPC subclasses; text phrases anywhere in the text; all after width/case/traditional normalisation";

export function buildJudgements(documents: readonly ReportDocument[] = demoReportDocuments()): JudgementFile {
  return {
    generatedBy: "search-indexer/relevance/build-judgements.ts",
    rule: RULE,
    documents: documents.length,
    queries: QUERY_SPECS.map((spec, index) => ({
      id: `q${String(index + 1).padStart(2, "0")}`,
      ...spec,
      relevant: documents.filter((document) => spec.concepts.every((concept) => holds(concept, document))).map((document) => document.id),
    })),
  };
}

export const JUDGEMENTS_FILE = join(__dirname, "queries.json");

if (require.main === module) {
  const file = buildJudgements();
  writeFileSync(JUDGEMENTS_FILE, JSON.stringify(file, null, 2) + "\n");
  const empty = file.queries.filter((query) => query.relevant.length === 0);
  console.log(`wrote ${file.queries.length} queries over ${file.documents} documents to ${JUDGEMENTS_FILE}`);
  for (const query of file.queries) console.log(`${query.id} ${query.kind.padEnd(16)} ${query.query.padEnd(14)} ${query.relevant.length} relevant`);
  if (empty.length > 0) console.log(`queries without relevant documents: ${empty.map((query) => query.query).join(", ")}`);
}
