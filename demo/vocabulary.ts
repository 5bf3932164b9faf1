/**
 * Technical vocabulary per strategic emerging industry, so that every text about an industry speaks
 * that industry's language: a 新能源汽车 report talks about 动力电池 and 电驱动, a 生物 one about
 * mRNA疫苗 and 抗体. Lists are written as 、-separated strings to keep them readable.
 */
import { COMMON_IPC_SUBCLASSES } from "../reference/ipc";

export interface Topic {
  /** Topic name used in titles, e.g. 集成电路. */
  name: string;
  industry: string;
  ipc: readonly string[];
  /** Chinese technical terms. */
  terms: readonly string[];
  /** Terms mixing Latin letters, e.g. AI芯片, SiC, mRNA. */
  latin: readonly string[];
  /** Industry-chain segments: upstream, midstream, downstream. */
  up: readonly string[];
  mid: readonly string[];
  down: readonly string[];
}

export interface IndustryVocabulary {
  code: string;
  /** Short name, e.g. 新一代信息技术. */
  short: string;
  /** 技术功效 phrases for technology–effect matrices. */
  effects: readonly string[];
  /** Middle part of an enterprise name, e.g. 半导体科技. */
  companyWords: readonly string[];
  topics: readonly Topic[];
}

const list = (text: string): string[] => text.split("、");

function topic(industry: string, name: string, ipc: string, terms: string, latin: string, up: string, mid: string, down: string): Topic {
  const ipcList = list(ipc);
  for (const symbol of ipcList) {
    if (!(symbol in COMMON_IPC_SUBCLASSES)) throw new Error(`IPC ${symbol} is not a common subclass`);
  }
  return { name, industry, ipc: ipcList, terms: list(terms), latin: list(latin), up: list(up), mid: list(mid), down: list(down) };
}

export const VOCABULARY: readonly IndustryVocabulary[] = [
  {
    code: "01",
    short: "新一代信息技术",
    effects: list("提升良率、降低功耗、提高集成度、缩短时延、提升算力、降低制造成本、提高可靠性、增强散热性能、提升带宽"),
    companyWords: list("半导体科技、微电子、集成电路、智能科技、信息技术、光电科技、通信技术、芯片科技"),
    topics: [
      topic("01", "集成电路", "H01L、G03F、G06F、C30B", "芯片、光刻胶、晶圆制造、先进封装、封装测试、刻蚀设备、薄膜沉积、硅片、掩膜版、存储芯片、模拟芯片、芯片设计", "AI芯片、EDA、FinFET、Chiplet、SoC、CMP", "硅片、光刻胶、电子特气、光刻机", "芯片设计、晶圆制造、刻蚀与沉积", "封装测试、消费电子、汽车电子"),
      topic("01", "第三代半导体", "H01L、C30B", "碳化硅、氮化镓、功率器件、衬底、外延片、射频器件、功率模块、晶体生长、沟槽栅结构", "SiC、GaN、MOSFET、IGBT、HEMT", "碳化硅衬底、外延生长设备、高纯粉料", "外延片、功率器件、射频器件", "新能源汽车电驱、光伏逆变器、5G基站"),
      topic("01", "人工智能", "G06N、G06V、G06F", "大语言模型、深度学习、计算机视觉、知识图谱、智能语音、多模态大模型、模型压缩、联邦学习、智能推荐", "AI芯片、GPU、NLP、Transformer、AIGC、RAG", "算力基础设施、训练数据、AI芯片", "基础大模型、算法框架、模型训练平台", "智能制造、智慧医疗、智能网联汽车"),
      topic("01", "新一代通信", "H04W、H04L", "毫米波、基站、光模块、光纤通信、网络切片、边缘计算、卫星互联网、射频前端、天线阵列", "5G、6G、Massive MIMO、O-RAN、Wi-Fi 7", "光芯片、射频器件、高速连接器", "通信设备、光模块、网络系统", "工业互联网、车联网、智慧城市"),
      topic("01", "新型显示", "H10K、H01L、G06T", "柔性显示、有机发光材料、量子点、显示面板、驱动芯片、触控模组、玻璃基板、激光显示", "OLED、Micro LED、AMOLED、Mini LED、LCD", "发光材料、玻璃基板、驱动芯片", "显示面板、模组制造、蒸镀工艺", "智能手机、车载显示、可穿戴设备"),
      topic("01", "大数据与云计算", "G06F、G06Q、H04L", "云计算、大数据、数据中心、区块链、工业互联网、分布式存储、隐私计算、数据治理、数字孪生", "SaaS、PaaS、IoT、5G、API", "服务器、存储设备、数据中心", "云平台、数据库、数据治理平台", "政务服务、金融科技、智慧物流"),
    ],
  },
  {
    code: "02",
    short: "高端装备制造",
    effects: list("提高定位精度、提升负载能力、降低能耗、延长使用寿命、提高生产效率、减轻结构重量、提升可靠性、降低维护成本"),
    companyWords: list("智能装备、机器人、精密机械、航空科技、导航技术、增材制造技术、装备制造、自动化"),
    topics: [
      topic("02", "工业机器人", "B25J、G06V、G06N", "工业机器人、精密减速器、伺服电机、控制器、协作机器人、机器视觉、末端执行器、力控技术、路径规划", "AGV、RV减速器、PLC、SCARA、3D视觉", "精密减速器、伺服电机、控制器", "机器人本体、系统集成", "汽车焊装、3C电子装配、物流仓储"),
      topic("02", "增材制造", "B33Y、C22C", "3D打印、激光选区熔化、金属粉末、电子束熔化、增材制造装备、拓扑优化、后处理工艺", "SLM、3D打印、EBM、DED", "金属粉末、激光器、打印软件", "增材制造装备、打印服务", "航空发动机零件、医疗植入物、模具制造"),
      topic("02", "航空航天", "B64C、B64G、C22C", "无人机、航空发动机、复合材料机翼、飞控系统、商业航天、可回收火箭、机载设备、高温叶片", "eVTOL、UAV、CFRP", "航空材料、机载电子、发动机部件", "整机制造、总装集成", "低空经济、物流配送、应急救援"),
      topic("02", "卫星导航", "G01S、B64G、H04W", "卫星导航、高精度定位、遥感卫星、导航芯片、北斗地基增强、组合导航、时空大数据", "GNSS、RTK、LiDAR、INS", "导航芯片、天线、板卡", "高精度定位终端、地基增强系统", "自动驾驶、精准农业、智能交通"),
      topic("02", "轨道交通装备", "B61L、H02J", "高速列车、列控系统、转向架、牵引变流器、城轨车辆、磁悬浮、轨道检测、智能运维", "CBTC、IGBT、PHM", "牵引电机、制动系统、车体材料", "整车制造、列控系统集成", "城市轨道交通、高速铁路运维"),
      topic("02", "海洋工程装备", "G01S、B25J、G06F", "深海装备、水下机器人、海洋平台、海洋观测、声呐探测、海上风电安装船、深海钻井", "ROV、AUV、FPSO", "耐压材料、水下传感器、推进器", "水下机器人、海洋平台建造", "海洋油气开发、海洋牧场、海底管线巡检"),
    ],
  },
  {
    code: "03",
    short: "新材料",
    effects: list("提高强度、提升耐高温性能、降低密度、提高导热率、提升纯度、改善耐腐蚀性、降低生产能耗、提高磁性能"),
    companyWords: list("新材料科技、碳材料、特种合金、复合材料、化学材料、稀土科技、材料技术"),
    topics: [
      topic("03", "稀土功能材料", "C22C、C01B", "稀土永磁、钕铁硼、稀土发光材料、稀土抛光材料、晶界扩散、稀土储氢合金、稀土分离提纯", "NdFeB、GBD、HRE", "稀土矿、稀土分离、稀土金属", "永磁材料、发光材料、催化材料", "新能源汽车电机、风电发电机、消费电子"),
      topic("03", "碳基新材料", "C01B、C08L", "石墨烯、碳纳米管、导热膜、导电浆料、石墨负极、碳气凝胶、碳化硅陶瓷", "CNT、CVD、GO", "石墨、甲烷、催化剂", "石墨烯粉体、薄膜制备、导电浆料", "锂电池导电剂、散热材料、复合涂料"),
      topic("03", "碳纤维复合材料", "C08L、B33Y", "碳纤维、预浸料、树脂基复合材料、原丝、热塑性复合材料、缠绕成型、芳纶纤维", "T800、CFRP、PAN、RTM", "丙烯腈、原丝、上浆剂", "碳纤维、预浸料、复合材料构件", "航空航天、风电叶片、储氢气瓶"),
      topic("03", "高温合金", "C22C、B33Y", "高温合金、钛合金、单晶叶片、粉末冶金、定向凝固、镍基合金、真空熔炼", "TiAl、HIP、3D打印", "镍、钴、钛等金属原料", "母合金熔炼、精密铸造、锻造", "航空发动机、燃气轮机、核电装备"),
      topic("03", "电子化学品", "G03F、C08L、C01B", "光刻胶、电子特气、湿电子化学品、抛光液、高纯试剂、封装材料、光刻胶树脂", "KrF、ArF、CMP、PI", "基础化工原料、高纯单体", "光刻胶、电子特气、湿化学品", "晶圆制造、显示面板、光伏电池"),
    ],
  },
  {
    code: "04",
    short: "生物",
    effects: list("提高药效、降低毒副作用、提升稳定性、缩短研发周期、提高检测灵敏度、提高产量、增强抗逆性、降低生产成本"),
    companyWords: list("生物医药、生物科技、医疗器械、基因科技、种业、制药、医疗科技"),
    topics: [
      topic("04", "生物医药", "A61K、C07K、A61P、C12N", "mRNA疫苗、单克隆抗体、双特异性抗体、抗体偶联药物、细胞治疗、脂质纳米颗粒、小分子靶向药、多肽药物", "mRNA、ADC、CAR-T、PD-1、LNP", "药用辅料、原料药、生物反应器", "创新药研发、CDMO、临床试验", "肿瘤治疗、传染病防控、慢病管理"),
      topic("04", "医疗器械", "A61B、G16H、G01N", "医学影像、手术机器人、体外诊断、可穿戴监测、介入器械、植入器械、远程诊疗", "CT、MRI、IVD、PET、AI辅助诊断", "探测器、传感器、生物材料", "影像设备、诊断试剂、手术机器人", "三甲医院、基层医疗、家庭健康"),
      topic("04", "基因技术", "C12N、C12Q、A61K", "基因编辑、基因测序、合成生物学、基因治疗、单细胞测序、核酸检测、酶工程", "CRISPR、NGS、PCR、AAV", "测序试剂、工具酶、合成DNA", "测序服务、基因治疗研发", "精准医疗、生物制造、遗传病筛查"),
      topic("04", "生物育种", "A01H、C12N、C12Q", "生物育种、基因编辑育种、分子标记辅助选择、种质资源、转基因性状、杂交育种、耐盐碱品种", "CRISPR、SNP、GWAS", "种质资源库、育种芯片", "品种选育、制种繁育", "粮食生产、南繁育种、棉花种植"),
    ],
  },
  {
    code: "05",
    short: "新能源汽车",
    effects: list("提高能量密度、提升快充能力、延长循环寿命、提高热安全性、降低整车能耗、提升续航里程、减轻系统重量、降低电池成本"),
    companyWords: list("新能源汽车、动力电池、电驱动技术、汽车电子、智能驾驶科技、能源科技、汽车科技"),
    topics: [
      topic("05", "动力电池", "H01M、B60L、H02J", "动力电池、固态电池、锂电池、正极材料、负极材料、电解液、隔膜、电池管理系统、热管理、钠离子电池", "BMS、CTP、LFP、NCM、4680", "锂矿、正极材料、电解液、隔膜", "电芯制造、电池包集成", "整车配套、储能电站、电池回收"),
      topic("05", "电驱动系统", "B60L、H01L、H02J", "电驱动、驱动电机、电机控制器、碳化硅功率模块、扁线电机、多合一电驱、减速器、油冷技术", "IGBT、SiC、MCU、800V", "功率半导体、硅钢片、永磁材料", "电机、电控、减速器总成", "乘用车、商用车、工程机械"),
      topic("05", "智能网联汽车", "G01S、G06V、H04W、G06N", "自动驾驶、激光雷达、车路协同、智能座舱、高精地图、域控制器、线控底盘、毫米波雷达", "LiDAR、ADAS、V2X、5G、OTA", "车规级芯片、传感器、高精地图", "域控制器、自动驾驶系统", "智慧出行、无人配送、智能交通"),
      topic("05", "氢燃料电池汽车", "H01M、B60L、C01B", "氢燃料电池、电堆、膜电极、双极板、质子交换膜、储氢瓶、空压机", "PEMFC、MEA、70MPa", "质子交换膜、催化剂、碳纸", "电堆、燃料电池系统", "重卡、公交客车、物流车"),
      topic("05", "充换电设施", "H02J、B60L", "充电桩、换电站、超级快充、车网互动、无线充电、液冷充电枪", "V2G、DC快充、OCPP", "功率模块、充电枪、储能单元", "充电设备、换电站建设", "公共充电网络、城市公交、物流场站"),
    ],
  },
  {
    code: "06",
    short: "新能源",
    effects: list("提高转换效率、降低度电成本、提升发电量、延长组件寿命、提高并网稳定性、降低衰减率、提升储能效率、提高安全性"),
    companyWords: list("光伏科技、风电设备、储能技术、氢能科技、新能源、电力科技、能源科技"),
    topics: [
      topic("06", "光伏", "H02S、H01L、C30B", "光伏、异质结电池、钙钛矿电池、单晶硅片、光伏组件、逆变器、叠层电池、减反射膜", "HJT、TOPCon、PERC、BIPV", "多晶硅、单晶硅片、光伏玻璃", "电池片、光伏组件", "集中式电站、分布式光伏、光伏建筑一体化"),
      topic("06", "风电", "F03D、H02J", "风电、海上风电、风电叶片、变桨系统、主轴承、风电齿轮箱、漂浮式风机", "SCADA、PMSG、DFIG", "叶片材料、轴承、铸锻件", "整机制造、风场建设", "陆上风电场、海上风电场"),
      topic("06", "储能", "H01M、H02J", "储能、液流电池、钠离子电池、储能变流器、压缩空气储能、电池热管理、长时储能", "PCS、BMS、EMS、LFP", "电芯、变流器、液流电解液", "储能系统集成、储能电站", "电网调峰、用户侧储能、风光配储"),
      topic("06", "氢能", "C01B、H01M", "氢能、电解水制氢、氢燃料电池、储运氢、加氢站、绿氢、固体氧化物电解", "PEM、SOEC、ALK", "电解槽、催化剂、储氢材料", "制氢、储运、加氢站", "交通运输、化工、钢铁冶金"),
      topic("06", "智能电网", "H02J、G06Q、H04L", "智能电网、特高压、虚拟电厂、配电自动化、柔性直流输电、需求侧响应、电力物联网", "HVDC、AMI、IoT", "电力电子器件、传感器", "输变电设备、调度系统", "城市配电网、园区微电网"),
    ],
  },
  {
    code: "07",
    short: "节能环保",
    effects: list("降低能耗、提高去除率、降低排放浓度、提高资源回收率、降低运行成本、提高处理效率、减少二次污染"),
    companyWords: list("环保科技、节能科技、环境工程、资源再生、水处理技术、环境科技"),
    topics: [
      topic("07", "先进环保", "C02F、G01N", "污水处理、膜分离、烟气脱硝、土壤修复、挥发性有机物治理、在线监测、污泥处置", "MBR、VOCs、SCR、RO", "膜材料、催化剂、监测仪器", "环保装备、工程总包", "工业园区、市政污水、印染废水"),
      topic("07", "资源循环利用", "H01M、C22C、C02F", "动力电池回收、固废资源化、再生金属、湿法冶金、梯次利用、磷石膏综合利用", "LFP回收、ICP", "废旧电池、工业固废", "拆解、湿法回收、再生材料", "电池材料、建材、有色金属"),
      topic("07", "高效节能", "H02J、F03D、G06Q", "余热回收、高效电机、节能建材、碳捕集、智慧能源管理、热泵", "CCUS、EMS、ORC", "换热器、压缩机、传感器", "节能装备、能源管理平台", "钢铁、化工、数据中心"),
    ],
  },
  {
    code: "08",
    short: "数字创意",
    effects: list("提升画质、降低时延、提高渲染效率、增强沉浸感、降低制作成本、提高交互精度"),
    companyWords: list("数字科技、文化科技、视觉技术、互动娱乐、影像科技、创意科技"),
    topics: [
      topic("08", "超高清视频", "H04N、G06T", "超高清视频、视频编解码、广播级摄像机、高动态范围、显示终端、视频云", "4K、8K、HDR、AVS3", "图像传感器、编解码芯片", "内容制作、视频传输", "广电传媒、赛事直播、远程医疗"),
      topic("08", "虚拟现实", "G06T、H04N、G06F", "虚拟现实、增强现实、近眼显示、空间定位、手势交互、数字孪生、沉浸式体验", "VR、AR、MR、Micro OLED", "光学模组、显示器件、传感器", "头显终端、内容平台", "教育培训、工业仿真、文化旅游"),
      topic("08", "数字内容创作", "G06T、G06F、G06Q", "游戏引擎、动作捕捉、数字人、生成式内容、三维建模、实时渲染", "AIGC、3D、NFT", "引擎工具、算力平台", "内容创作、数字人制作", "网络游戏、动漫影视、数字营销"),
    ],
  },
  {
    code: "09",
    short: "相关服务",
    effects: list("提升服务效率、降低交易成本、提高评估准确性、缩短检测周期"),
    companyWords: list("检测技术、科技服务、技术转移、知识产权运营"),
    topics: [
      topic("09", "知识产权服务", "G06Q、G06F", "专利运营、专利质押融资、技术转移、知识产权证券化、专利价值评估、专利池", "API、SaaS", "专利数据、检索工具", "分析评议、运营交易", "企业融资、技术许可"),
      topic("09", "检验检测", "G01N、G06F", "检验检测、计量校准、标准物质、无损检测、认证认可、在线检测", "CNAS、CMA、NDT", "检测仪器、标准物质", "第三方检测、认证服务", "制造业质量控制、食品安全"),
    ],
  },
];

const vocabularyByCode = new Map(VOCABULARY.map((entry) => [entry.code, entry]));
const topicsByName = new Map(VOCABULARY.flatMap((entry) => entry.topics.map((item) => [item.name, item] as const)));

export function vocabularyOf(industryCode: string): IndustryVocabulary {
  const entry = vocabularyByCode.get(industryCode);
  if (!entry) throw new Error(`no vocabulary for industry ${industryCode}`);
  return entry;
}

export function topicByName(name: string): Topic {
  const found = topicsByName.get(name);
  if (!found) throw new Error(`no topic named ${name}`);
  return found;
}
