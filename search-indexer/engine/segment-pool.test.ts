import { ftsText, normalise } from "./chinese";
import { SegmentPool } from "./segment-pool";

describe("segment pool", () => {
  it("builds on worker threads exactly the FTS text this thread builds", async () => {
    const pool = new SegmentPool(2);
    const texts = ["集成电路芯片设计与先进封装", "固态电池的专利布局", "", "AI芯片、mRNA疫苗和5G基站（PD-1）", "鋰電池"].map(normalise);
    try {
      const [first, second] = await Promise.all([pool.cut(texts), pool.cut(texts.slice(1))]);
      expect(first).toEqual(texts.map(ftsText));
      expect(second).toEqual(first.slice(1));
    } finally {
      await pool.close();
    }
  });
});
