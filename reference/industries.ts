/**
 * The nine strategic emerging industries (战略性新兴产业分类 2018) with representative fields.
 * Codes are the classification's two-digit industry codes and four-digit field codes.
 */
export interface IndustryField {
  code: string;
  name: string;
}

export interface Industry {
  code: string;
  name: string;
  fields: readonly IndustryField[];
}

export const INDUSTRIES: readonly Industry[] = [
  {
    code: "01",
    name: "新一代信息技术产业",
    fields: [
      { code: "0101", name: "下一代信息网络" },
      { code: "0102", name: "电子核心产业（集成电路）" },
      { code: "0103", name: "新兴软件和新型信息技术服务" },
      { code: "0104", name: "互联网与云计算、大数据服务" },
      { code: "0105", name: "人工智能" },
    ],
  },
  {
    code: "02",
    name: "高端装备制造产业",
    fields: [
      { code: "0201", name: "智能制造装备" },
      { code: "0202", name: "航空装备" },
      { code: "0203", name: "卫星及应用" },
      { code: "0204", name: "轨道交通装备" },
      { code: "0205", name: "海洋工程装备" },
    ],
  },
  {
    code: "03",
    name: "新材料产业",
    fields: [
      { code: "0301", name: "先进钢铁材料" },
      { code: "0303", name: "先进石化化工新材料" },
      { code: "0304", name: "先进无机非金属材料" },
      { code: "0305", name: "高性能纤维及制品和复合材料" },
      { code: "0306", name: "前沿新材料" },
    ],
  },
  {
    code: "04",
    name: "生物产业",
    fields: [
      { code: "0401", name: "生物医药" },
      { code: "0402", name: "生物医学工程" },
      { code: "0403", name: "生物农业及相关产业" },
      { code: "0404", name: "生物质能" },
    ],
  },
  {
    code: "05",
    name: "新能源汽车产业",
    fields: [
      { code: "0501", name: "新能源汽车整车制造" },
      { code: "0502", name: "新能源汽车装置、配件制造" },
      { code: "0503", name: "新能源汽车相关设施制造" },
    ],
  },
  {
    code: "06",
    name: "新能源产业",
    fields: [
      { code: "0601", name: "核电" },
      { code: "0602", name: "风能" },
      { code: "0603", name: "太阳能" },
      { code: "0605", name: "智能电网" },
      { code: "0606", name: "储能与氢能" },
    ],
  },
  {
    code: "07",
    name: "节能环保产业",
    fields: [
      { code: "0701", name: "高效节能" },
      { code: "0702", name: "先进环保" },
      { code: "0703", name: "资源循环利用" },
    ],
  },
  {
    code: "08",
    name: "数字创意产业",
    fields: [
      { code: "0801", name: "数字创意技术设备制造" },
      { code: "0802", name: "数字文化创意活动" },
      { code: "0803", name: "设计服务" },
    ],
  },
  {
    code: "09",
    name: "相关服务业",
    fields: [
      { code: "0901", name: "新技术与创新创业服务" },
      { code: "0902", name: "其他相关服务" },
    ],
  },
];

const byCode = new Map(INDUSTRIES.map((industry) => [industry.code, industry]));

export function isIndustryCode(code: string): boolean {
  return byCode.has(code);
}

export function industryName(code: string): string | undefined {
  return byCode.get(code)?.name;
}
