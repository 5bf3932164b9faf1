import { fold, indexText, normalise, segment, wordsOf } from "./chinese";

describe("normalise", () => {
  it("folds full-width characters and Latin case without changing the length", () => {
    expect(fold("ＡＩ芯片，Ｈ０１Ｌ　SiC")).toBe("ai芯片,h01l sic");
    expect(fold("ＡＩ芯片，Ｈ０１Ｌ　SiC")).toHaveLength("ＡＩ芯片，Ｈ０１Ｌ　SiC".length);
  });

  it("converts traditional Chinese, Taiwan phrases included", () => {
    expect(normalise("固態電池")).toBe("固态电池");
    expect(normalise("積體電路")).toBe("集成电路");
    expect(normalise("鋰電池與儲能")).toBe("锂电池与储能");
  });

  it("leaves simplified text alone, including characters both scripts use", () => {
    for (const text of ["显著提升", "著作权", "什么是专利导航", "昇科能源", "乾坤"]) expect(normalise(text)).toBe(text);
  });
});

describe("segment", () => {
  it("yields the sub-words of long words, so short queries find them", () => {
    expect(segment("存储芯片")).toEqual(expect.arrayContaining(["存储", "芯片"]));
    expect(segment("集成电路产业")).toEqual(expect.arrayContaining(["集成", "电路", "集成电路"]));
    expect(segment("锂电池回收")).toEqual(expect.arrayContaining(["电池", "锂电池"]));
  });

  it("keeps Latin and digit runs whole and lower-cased", () => {
    const tokens = segment("AI芯片、5G基站、mRNA疫苗、SiC器件、H01L小类、4680电池");
    for (const token of ["ai", "5g", "mrna", "sic", "h01l", "4680"]) expect(tokens).toContain(token);
  });

  it("drops punctuation and function characters, and splits like unicode61 would", () => {
    expect(segment("专利的布局，和（风险）！")).toEqual(["专利", "布局", "风险"]);
    expect(segment("PD-1抗体")).toEqual(["pd", "1", "抗体"]);
    // What FTS5 stores is split again by unicode61 on anything but letters and digits: same tokens.
    for (const text of ["光伏。组件", "PD-1抗体的研发（2023）", "Wi-Fi 7与5G基站"]) {
      expect(indexText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)).toEqual(segment(text));
    }
  });

  it("reads a query with jieba's ordinary cut", () => {
    expect(wordsOf(normalise("固态电池 专利布局"))).toEqual(["固态", "电池", "专利", "布局"]);
  });
});
