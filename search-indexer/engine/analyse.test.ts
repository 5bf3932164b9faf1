import { analyseQuery, highlightTerms, matchExpression } from "./analyse";
import { MAX_QUERY_WORDS } from "./port";

const compile = (q: string) => matchExpression(analyseQuery(q));

describe("query analysis", () => {
  it("ANDs the words of a query", () => {
    expect(compile("江苏 集成电路")).toBe('"江苏" AND "集成电路"');
    expect(compile("固态电池 专利布局")).toContain('AND "专利" AND "布局"');
  });

  it("joins the pieces of a synonym-table term and ORs its synonyms", () => {
    expect(compile("大模型")).toBe('("大 模型" OR "大 语言 模型" OR "llm")');
    expect(compile("光阻")).toBe('("光 阻" OR "光刻胶" OR "光致抗蚀剂")');
    expect(compile("SiC")).toContain('"碳化硅"');
  });

  it("keeps a lone character with its neighbour instead of matching it anywhere", () => {
    expect(compile("大数据")).toBe('"大 数据"');
  });

  it("prefix-matches a Latin last word being typed, nothing else", () => {
    expect(compile("h01")).toBe('"h01"*');
    expect(compile("h01 ")).toBe('"h01"');
    expect(compile("PD-1")).toBe('"pd" AND "1"');
    expect(compile("数字人")).not.toContain("*");
  });

  it("reads traditional and full-width input as its simplified, half-width form", () => {
    expect(compile("固態電池")).toBe(compile("固态电池"));
    expect(compile("ＡＩ芯片")).toBe(compile("AI芯片"));
  });

  it("counts at most MAX_QUERY_WORDS words and ignores queries of punctuation only", () => {
    expect(analyseQuery("光伏 储能 氢能 风电 芯片 电池 材料 疫苗 机器人 雷达 导航 卫星").words).toHaveLength(MAX_QUERY_WORDS);
    expect(analyseQuery("，。！ ").words).toEqual([]);
  });

  it("highlights each word and synonym as written", () => {
    const terms = highlightTerms(analyseQuery("光阻 h01"));
    expect(terms.map((t) => t.text)).toEqual(expect.arrayContaining(["光阻", "光刻胶", "h01"]));
    expect(terms.find((t) => t.text === "h01")).toMatchObject({ latin: true, prefix: true });
  });
});
