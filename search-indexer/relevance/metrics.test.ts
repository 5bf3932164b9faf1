import { ndcgAt, percentile, precisionAt, recallAt } from "./metrics";

describe("ranking metrics", () => {
  const relevant = new Set(["a", "b", "c"]);

  it("computes P@k over k and R@k over what a page can hold", () => {
    expect(precisionAt(10, ["a", "x", "b"], relevant)).toBeCloseTo(0.2);
    expect(recallAt(10, ["a", "x", "b"], relevant)).toBeCloseTo(2 / 3);
    expect(recallAt(2, ["a", "b"], relevant)).toBe(1);
  });

  it("rewards relevant documents ranked early", () => {
    expect(ndcgAt(10, ["a", "b", "c"], relevant)).toBeCloseTo(1);
    expect(ndcgAt(10, ["x", "a", "b", "c"], relevant)).toBeLessThan(ndcgAt(10, ["a", "x", "b", "c"], relevant));
    expect(ndcgAt(10, ["x", "y"], relevant)).toBe(0);
  });

  it("takes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([5], 99)).toBe(5);
  });
});
