/** IPC symbols are validated by shape: section, class, subclass, optionally group/subgroup (H01L, H01L 21/02). */
const IPC_SYMBOL = /^[A-H]\d{2}[A-Z](\s?\d{1,4}\/\d{2,6})?$/;

export function isIpcSymbol(symbol: string): boolean {
  return IPC_SYMBOL.test(symbol);
}

/** IPC subclasses that the demo data and documentation use, with their Chinese titles. */
export const COMMON_IPC_SUBCLASSES: Readonly<Record<string, string>> = {
  A61K: "医用、牙科用或梳妆用的配制品",
  A61B: "诊断；外科；鉴定",
  A61P: "化合物或药物制剂的特定治疗活性",
  A01H: "新植物或获得新植物的方法",
  B25J: "机械手；装有操纵装置的容器",
  B33Y: "附加制造，即三维物体的制造",
  B60L: "电动车辆动力装置",
  B64C: "飞机；直升机",
  B64G: "宇宙航行",
  B61L: "铁路交通管理",
  C01B: "非金属元素；其化合物",
  C07K: "肽",
  C08L: "高分子化合物的组合物",
  C12N: "微生物或酶；其组合物",
  C12Q: "包含酶、核酸或微生物的测定或检验方法",
  C22C: "合金",
  C30B: "单晶生长",
  C02F: "水、废水、污水或污泥的处理",
  F03D: "风力发动机",
  G01N: "借助于测定材料的化学或物理性质来测试或分析材料",
  G01S: "无线电定向；无线电导航",
  G03F: "图纹面的照相制版工艺，例如光刻",
  G06F: "电数字数据处理",
  G06N: "基于特定计算模型的计算机系统",
  G06Q: "专门适用于行政、商业、金融、管理或监督目的的信息和通信技术",
  G06T: "一般的图像数据处理或产生",
  G06V: "图像或视频识别或理解",
  G16H: "医疗保健信息学",
  H01L: "半导体器件",
  H01M: "用于直接转变化学能为电能的方法或装置，例如电池组",
  H02J: "供电或配电的电路装置或系统；电能存储系统",
  H02S: "由红外线辐射、可见光或紫外光转换产生电能",
  H04L: "数字信息的传输",
  H04N: "图像通信",
  H04W: "无线通信网络",
  H10K: "有机电固态器件",
};
