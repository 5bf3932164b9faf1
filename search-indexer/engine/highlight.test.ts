import { crop, highlight, opening } from "./highlight";

const term = (text: string, prefix = false) => ({ text, latin: /^[a-z0-9]+$/.test(text), prefix });

describe("highlights", () => {
  it("marks matches on the original text, whatever its width or case", () => {
    expect(highlight("ＡＩ芯片与AI算力", [term("ai")])).toBe("<mark>ＡＩ</mark>芯片与<mark>AI</mark>算力");
    expect(highlight("固态电池", [term("电池")])).toBe("固态<mark>电池</mark>");
  });

  it("escapes HTML around the marks", () => {
    expect(highlight("<b>光伏</b> & 储能", [term("光伏")])).toBe("&lt;b&gt;<mark>光伏</mark>&lt;/b&gt; &amp; 储能");
  });

  it("matches Latin terms as whole words, prefixes only where allowed", () => {
    expect(highlight("said AI", [term("ai")])).toBe("said <mark>AI</mark>");
    expect(highlight("H01L与H01M", [term("h01", true)])).toBe("<mark>H01</mark>L与<mark>H01</mark>M");
  });

  it("merges overlapping matches", () => {
    expect(highlight("集成电路", [term("集成电路"), term("电路")])).toBe("<mark>集成电路</mark>");
  });

  it("shows the converted text when traditional characters changed its length", () => {
    expect(highlight("記憶體晶片", [term("内存")])).toBe("<mark>内存</mark>芯片");
  });

  it("crops around the first match with ellipses", () => {
    const text = `${"前言。".repeat(40)}关键在于固态电池的专利布局。${"后记。".repeat(40)}`;
    const snippet = crop(text, [term("固态电池")]) as string;
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("<mark>固态电池</mark>");
    expect(crop(text, [term("氢能")])).toBeNull();
    expect(opening("短文本")).toBe("短文本");
  });
});
