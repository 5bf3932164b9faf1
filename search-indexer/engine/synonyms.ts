/**
 * The one synonym table both engines use: the embedded engine expands query words into OR-groups from
 * it, the Meilisearch adapter writes it into the index settings. Groups are drawn from the vocabulary
 * of the strategic emerging industries the platform serves (abbreviations, Taiwan/Hong Kong terms that
 * traditional→simplified conversion does not reach, colloquial short forms). Every member of a group
 * finds the others; keep groups to true equivalents, since a broad group costs precision everywhere.
 */
import { normalise } from "./chinese";

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["光刻胶", "光阻", "光致抗蚀剂"],
  ["碳化硅", "SiC", "碳化矽"],
  ["氮化镓", "GaN"],
  ["大语言模型", "大模型", "LLM"],
  ["人工智能", "AI", "人工智慧"],
  ["生成式人工智能", "AIGC"],
  ["锂电池", "锂电", "锂离子电池"],
  ["动力电池", "动力锂电池"],
  ["固态电池", "全固态电池"],
  ["钠离子电池", "钠电池"],
  ["新能源汽车", "新能源车"],
  ["芯片", "集成电路芯片", "IC芯片", "晶片"],
  ["光伏", "太阳能电池", "太阳能光伏"],
  ["电子设计自动化", "EDA"],
  ["绝缘栅双极型晶体管", "IGBT"],
  ["金属氧化物半导体场效应晶体管", "MOSFET"],
  ["电池管理系统", "BMS"],
  ["激光雷达", "LiDAR"],
  ["增材制造", "3D打印"],
  ["无人机", "UAV", "无人驾驶航空器"],
  ["有机发光二极管", "OLED"],
  ["磷酸铁锂", "LFP"],
  ["质子交换膜燃料电池", "PEMFC"],
  ["自动驾驶", "无人驾驶"],
  ["高级驾驶辅助系统", "ADAS"],
  ["车联网", "V2X"],
  ["单克隆抗体", "单抗"],
  ["抗体偶联药物", "ADC"],
  ["mRNA疫苗", "信使RNA疫苗"],
  ["基因编辑", "CRISPR"],
  ["二代测序", "NGS", "高通量测序"],
  ["钕铁硼", "NdFeB"],
  ["碳纳米管", "CNT"],
  ["碳纤维增强复合材料", "CFRP"],
  ["全球导航卫星系统", "GNSS"],
  ["体外诊断", "IVD"],
  ["储能变流器", "PCS"],
  ["虚拟现实", "VR"],
  ["增强现实", "AR"],
  ["异质结电池", "HJT"],
  ["化学机械抛光", "CMP"],
  ["物联网", "IoT"],
  ["高压直流输电", "HVDC"],
  ["可编程逻辑控制器", "PLC"],
  ["电动垂直起降飞行器", "eVTOL"],
];

let byTerm: Map<string, string[]> | undefined;

/** Normalised term → the normalised other members of every group holding it. */
function table(): Map<string, string[]> {
  if (byTerm) return byTerm;
  const built = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    const members = group.map(normalise);
    for (const member of members) {
      const others = built.get(member) ?? new Set<string>();
      for (const other of members) if (other !== member) others.add(other);
      built.set(member, others);
    }
  }
  byTerm = new Map([...built].map(([term, others]) => [term, [...others]]));
  return byTerm;
}

/** The other members of the groups holding a normalised term; empty when it has none. */
export function synonymsOf(normalisedTerm: string): readonly string[] {
  return table().get(normalisedTerm) ?? [];
}

/** Every normalised term of the table, longest first, for spotting them inside a query. */
export function synonymTerms(): string[] {
  return [...table().keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** The table as Meilisearch's `synonyms` setting: each term maps to every other member of its groups. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) {
    for (const member of group) out[member] = [...new Set([...(out[member] ?? []), ...group.filter((other) => other !== member)])];
  }
  return out;
}
