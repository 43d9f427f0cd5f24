import type { NodePosition, NodeStatus } from '@/db/schema';

export interface DemoNode {
  name: string;
  position: NodePosition;
  status: NodeStatus;
  keyProducts: string;
}

export interface DemoChain {
  name: string;
  teamName: string;
  description: string;
  nodes: DemoNode[];
}

/**
 * The demo zone's chains and links (DOMAIN.md): six leading chains plus the AI park being built.
 * Every chain has upstream, midstream and downstream links and at least one missing and one weak link,
 * because the chain map, the 补链 target lists and the dashboard all need something to show in each case.
 * Node names are referenced verbatim by db/seed/enterprise-data.ts (its test checks they still match).
 */
export const DEMO_CHAINS: DemoChain[] = [
  {
    name: '汽车及零部件',
    teamName: '汽车及零部件专班',
    description: '以轻微型卡车整车为龙头，底盘车身件配套较完整；重点向车规级芯片、功率器件、动力电池等上游核心环节补链，向汽车电子、电驱动延链。',
    nodes: [
      { name: '车规级芯片', position: 'upstream', status: 'missing', keyProducts: 'MCU、智能驾驶SoC、传感器芯片、车规级存储芯片' },
      { name: '功率器件(IGBT/SiC)', position: 'upstream', status: 'weak', keyProducts: 'IGBT模块、SiC MOSFET、车载功率模组' },
      { name: '轻量化材料', position: 'upstream', status: 'weak', keyProducts: '高强度钢板、铝合金压铸件、碳纤维复合材料、改性工程塑料' },
      { name: '汽车电子', position: 'midstream', status: 'weak', keyProducts: '域控制器、车身控制器(BCM)、ADAS系统、智能座舱、车载T-Box' },
      { name: '动力电池', position: 'midstream', status: 'missing', keyProducts: '磷酸铁锂电芯、电池包(PACK)、电池管理系统(BMS)、换电模块' },
      { name: '电驱动系统', position: 'midstream', status: 'weak', keyProducts: '驱动电机、电机控制器、三合一电驱桥' },
      { name: '底盘与车身件', position: 'midstream', status: 'strong', keyProducts: '车架总成、悬架与车桥、制动系统、驾驶室总成、冲压焊接件' },
      { name: '整车制造(轻微型卡车)', position: 'midstream', status: 'strong', keyProducts: '轻型卡车、微型卡车、新能源物流车、专用车' },
      { name: '汽车后市场', position: 'downstream', status: 'missing', keyProducts: '维修保养、零部件再制造、二手车交易、汽车金融' },
      { name: '汽车物流与供应链服务', position: 'downstream', status: 'weak', keyProducts: '整车物流、零部件入厂物流、循环取货、仓储配送' },
    ],
  },
  {
    name: '电子信息',
    teamName: '电子信息专班',
    description: '围绕8英寸功率器件晶圆制造和先进功率半导体封装两大核心项目，向集成电路设计、半导体材料与设备零部件补链，带动电子元器件和工控电源集聚。',
    nodes: [
      { name: '半导体材料', position: 'upstream', status: 'weak', keyProducts: '8英寸硅片、SiC衬底与外延片、电子特气、湿电子化学品、光刻胶' },
      { name: '集成电路设计', position: 'upstream', status: 'missing', keyProducts: 'MCU、电源管理芯片、模拟芯片、功率芯片设计、驱动IC' },
      { name: '半导体设备与零部件', position: 'upstream', status: 'missing', keyProducts: '刻蚀与薄膜设备零部件、真空泵、精密陶瓷件、晶圆传输系统' },
      { name: '8英寸功率器件晶圆', position: 'midstream', status: 'weak', keyProducts: '8英寸功率晶圆代工、MOSFET、IGBT芯片、快恢复二极管(FRD)' },
      { name: '先进功率半导体封装', position: 'midstream', status: 'weak', keyProducts: '功率模块封装、SiC模块、DBC/AMB陶瓷基板、可靠性测试' },
      { name: '电子元器件', position: 'midstream', status: 'strong', keyProducts: '片式电容电阻、连接器、印制电路板(PCB)、磁性元件' },
      { name: '传感器与光电器件', position: 'midstream', status: 'missing', keyProducts: 'MEMS传感器、光电传感器、激光雷达器件、红外探测器' },
      { name: '工业控制与电源', position: 'downstream', status: 'strong', keyProducts: '变频器、工业电源、光伏逆变器、储能变流器(PCS)' },
      { name: '智能终端与物联网', position: 'downstream', status: 'weak', keyProducts: '工业智能终端、通信模组、物联网网关、智能表计' },
    ],
  },
  {
    name: '医药健康',
    teamName: '医药健康专班',
    description: '依托制药智能装备和植物胶囊两个优势环节，补齐生物医药、医疗器械和药用包材短板，延伸现代中药（人参）与大健康产品。',
    nodes: [
      { name: '医药原料与中间体', position: 'upstream', status: 'weak', keyProducts: '原料药、医药中间体、发酵类原料、人参皂苷提取物' },
      { name: '植物胶囊', position: 'upstream', status: 'strong', keyProducts: 'HPMC植物空心胶囊、普鲁兰多糖胶囊、肠溶胶囊' },
      { name: '药用辅料与包材', position: 'upstream', status: 'missing', keyProducts: '中硼硅药用玻璃、预灌封注射器、药用铝塑复合膜、药用辅料' },
      { name: '制药智能装备', position: 'upstream', status: 'strong', keyProducts: '固体制剂生产线、无菌灌装设备、智能包装线、过程分析(PAT)系统' },
      { name: '生物医药', position: 'midstream', status: 'weak', keyProducts: '单克隆抗体、重组蛋白、疫苗、细胞与基因治疗' },
      { name: '化学药制剂', position: 'midstream', status: 'strong', keyProducts: '口服固体制剂、注射剂、一致性评价品种' },
      { name: '现代中药', position: 'midstream', status: 'weak', keyProducts: '中药配方颗粒、中药饮片、人参深加工产品、中成药' },
      { name: '医疗器械', position: 'midstream', status: 'missing', keyProducts: '体外诊断(IVD)试剂、高值医用耗材、医学影像设备、康复器械' },
      { name: '医药流通与冷链物流', position: 'downstream', status: 'missing', keyProducts: '医药分销、医药冷链运输、第三方医药物流' },
      { name: '大健康产品', position: 'downstream', status: 'weak', keyProducts: '保健食品、特殊医学用途配方食品、功能性饮品' },
    ],
  },
  {
    name: '食品',
    teamName: '食品专班',
    description: '以啤酒酿造和粮食深加工为基础，推动啤酒产能向精酿、原浆等高端产品升级，补齐食品包装、配料和乳饮环节，延伸冷链物流与品牌营销。',
    nodes: [
      { name: '粮食与农产品原料', position: 'upstream', status: 'strong', keyProducts: '玉米、大豆、水稻、杂粮、鲜食玉米' },
      { name: '啤酒原料', position: 'upstream', status: 'weak', keyProducts: '啤酒大麦、麦芽、酒花、酿酒酵母' },
      { name: '食品配料与添加剂', position: 'upstream', status: 'missing', keyProducts: '酶制剂、益生菌、天然香精香料、食品胶' },
      { name: '食品包装', position: 'upstream', status: 'missing', keyProducts: '铝制易拉罐、玻璃瓶、PET瓶坯、无菌纸包装' },
      { name: '啤酒酿造', position: 'midstream', status: 'strong', keyProducts: '纯生啤酒、清爽型啤酒、罐装与瓶装啤酒' },
      { name: '高端精酿啤酒', position: 'midstream', status: 'weak', keyProducts: '精酿啤酒、原浆啤酒、小麦啤酒、IPA' },
      { name: '食品加工', position: 'midstream', status: 'weak', keyProducts: '玉米深加工、肉制品、速冻食品、预制菜' },
      { name: '饮料与乳制品', position: 'midstream', status: 'missing', keyProducts: '低温乳制品、植物蛋白饮料、果蔬汁、饮用水' },
      { name: '冷链物流', position: 'downstream', status: 'weak', keyProducts: '冷库仓储、冷链干线运输、城市冷链配送' },
      { name: '食品电商与品牌营销', position: 'downstream', status: 'missing', keyProducts: '食品电商、直播营销、区域品牌运营' },
    ],
  },
  {
    name: '智能装备制造',
    teamName: '智能装备制造专班',
    description: '依托汽车智能生产线装备优势，以研究院所和检验检测平台为支撑，补齐核心零部件、工业软件短板，发展工业机器人、数控机床和增材制造。',
    nodes: [
      { name: '核心零部件', position: 'upstream', status: 'missing', keyProducts: '精密减速器、伺服电机、运动控制器、精密轴承、滚珠丝杠' },
      { name: '传感器与机器视觉', position: 'upstream', status: 'weak', keyProducts: '工业相机、视觉检测系统、激光位移传感器、力矩传感器' },
      { name: '工业软件', position: 'upstream', status: 'missing', keyProducts: 'CAD/CAE、MES、PLM、工业APP' },
      { name: '研究院所与成果转化', position: 'upstream', status: 'strong', keyProducts: '新型研发机构、中试基地、技术转移、联合实验室' },
      { name: '工业机器人', position: 'midstream', status: 'weak', keyProducts: '焊接机器人、搬运码垛机器人、协作机器人、AGV/AMR' },
      { name: '数控机床', position: 'midstream', status: 'weak', keyProducts: '五轴加工中心、数控车床、激光切割机、专用机床' },
      { name: '汽车智能生产线', position: 'midstream', status: 'strong', keyProducts: '冲压线、焊装线、涂装线、总装线、智能物流输送系统' },
      { name: '增材制造', position: 'midstream', status: 'missing', keyProducts: '金属3D打印设备、增材制造粉末、快速模具' },
      { name: '检验检测平台', position: 'downstream', status: 'weak', keyProducts: '计量校准、可靠性与环境试验、CMA/CNAS检测、无损检测' },
      { name: '系统集成与智能工厂', position: 'downstream', status: 'weak', keyProducts: '智能工厂整体解决方案、数字孪生、工业互联网平台' },
    ],
  },
  {
    name: '氢能源',
    teamName: '氢能源专班',
    description: '以氢能装备产业园和测试中心为载体，打通制、储、运、加、用全链条，推动燃料电池汽车和绿氢工业应用。',
    nodes: [
      { name: '制氢', position: 'upstream', status: 'weak', keyProducts: '碱性电解槽、PEM电解槽、风光耦合制氢系统、工业副产氢提纯' },
      { name: '氢能关键材料', position: 'upstream', status: 'missing', keyProducts: '质子交换膜、催化剂、气体扩散层(碳纸)、金属双极板' },
      { name: '储运', position: 'midstream', status: 'missing', keyProducts: '35/70MPa高压储氢瓶、长管拖车、液氢储罐、固态储氢' },
      { name: '加氢站', position: 'midstream', status: 'weak', keyProducts: '加氢机、隔膜压缩机、站用储氢系统、站控系统' },
      { name: '燃料电池', position: 'midstream', status: 'weak', keyProducts: '电堆、膜电极(MEA)、空压机、燃料电池发电系统' },
      { name: '测试中心', position: 'downstream', status: 'missing', keyProducts: '燃料电池测试台架、氢安全检测、储氢瓶检验、第三方认证' },
      { name: '燃料电池汽车', position: 'downstream', status: 'weak', keyProducts: '氢燃料电池重卡、氢能物流车、氢能客车' },
      { name: '工业应用', position: 'downstream', status: 'missing', keyProducts: '绿氢合成氨、氢冶金、绿色甲醇、氢储能发电' },
    ],
  },
  {
    name: '人工智能',
    teamName: '人工智能产业园专班',
    description: '以人工智能产业园为载体新建产业链（建链）：引进算力、算法和数据企业，推动AI在汽车、装备、医药等本地优势产业落地应用。',
    // Being built: no link is an advantage yet, which is what the dashboard should show for a 建链 chain.
    nodes: [
      { name: '智能芯片', position: 'upstream', status: 'missing', keyProducts: 'GPU、NPU、AI推理芯片、边缘计算芯片' },
      { name: '算力基础设施', position: 'upstream', status: 'weak', keyProducts: '智算中心、AI服务器、液冷系统、高速光模块' },
      { name: '数据服务', position: 'upstream', status: 'missing', keyProducts: '数据采集与标注、行业数据集、数据治理、数据交易' },
      { name: '算法与大模型', position: 'midstream', status: 'missing', keyProducts: '行业大模型、计算机视觉、语音识别、自然语言处理' },
      { name: '智能机器人', position: 'midstream', status: 'missing', keyProducts: '人形机器人、服务机器人、具身智能平台' },
      { name: '智能网联与自动驾驶', position: 'midstream', status: 'weak', keyProducts: '自动驾驶系统、车路协同、高精地图、智能座舱软件' },
      { name: 'AI+工业应用', position: 'downstream', status: 'weak', keyProducts: '工业视觉质检、预测性维护、工艺参数优化、智能排产' },
      { name: 'AI+医疗健康', position: 'downstream', status: 'missing', keyProducts: '医学影像AI、辅助诊断、AI药物研发' },
      { name: 'AI+城市治理', position: 'downstream', status: 'weak', keyProducts: '城市大脑、智慧交通、政务智能客服' },
    ],
  },
];
