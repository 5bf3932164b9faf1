import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { HMM } from "./chinese";
import { SegmentPool } from "./segment-pool";

describe("segment pool", () => {
  it("cuts on worker threads exactly as jieba does on this thread", async () => {
    const pool = new SegmentPool(2);
    const texts = ["集成电路芯片设计与先进封装", "固态电池专利布局", "", "AI芯片、mRNA疫苗与5G基站", "鋰電池"];
    const jieba = Jieba.withDict(dict);
    try {
      const [first, second] = await Promise.all([pool.cut(texts), pool.cut(texts.slice(1))]);
      expect(first).toEqual(texts.map((text) => jieba.cutForSearch(text, HMM)).map((tokens) => (tokens.join("") === "" ? [] : tokens)));
      expect(second).toEqual(first?.slice(1));
    } finally {
      await pool.close();
    }
  });
});
