import { pick, rowRng, type Rng } from '@/lib/random';
import type { ChainAction, EnterpriseScale, EnterpriseTag, NodeStatus } from '@/db/schema';

export interface DemoContact {
  name: string;
  title: string;
  mobile: string;
  email: string;
  wechat: string;
  isPrimary: boolean;
}

export interface DemoEnterprise {
  name: string;
  province: string;
  city: string;
  industry: string;
  chainName: string;
  nodeName: string | null;
  chainAction: ChainAction | null;
  tags: string[];
  /** 万元 */
  registeredCapital: number;
  scale: EnterpriseScale;
  website: string;
  address: string;
  intro: string;
  source: string;
  contacts: DemoContact[];
}

/** What a node's target firms are called and make. */
export interface NodeProfile {
  // `node` and `status` repeat DEMO_CHAINS (chain-data.ts) because this module imports nothing but schema
  // types; enterprise-data.test.ts fails as soon as the two drift apart.
  node: string;
  status: NodeStatus;
  /** Industry words used in company names (X + word + 有限公司). */
  words: string[];
  /** The enterprise's industry label. */
  industry: string;
  products: string[];
  /** Second clause of the intro: who buys it or what sets the firm apart. */
  markets: string[];
  /** A service business: the intro says 提供…服务 instead of 从事…的研发与生产. */
  service?: boolean;
  /** A missing link that gets only this many targets, so the map shows a link with almost nobody to court. */
  sparse?: number;
  /** The chain action this link's targets lean to (e.g. 升链 for the beer capacity upgrade). */
  lean?: ChainAction;
}

export interface ChainProfile {
  chain: string;
  /** ASCII chain code for fictional web domains. */
  code: string;
  /** Relative share of the enterprises. */
  share: number;
  /** Extra weight for cities where such firms cluster (e.g. beer in 青岛, vehicles in 长春). */
  regionBoost: Partial<Record<string, number>>;
  nodes: NodeProfile[];
}

export const DEMO_ENTERPRISE_PROFILES: readonly ChainProfile[] = [
  {
    chain: '汽车及零部件',
    code: 'auto',
    share: 58,
    regionBoost: { 长春: 2.5, 宁波: 1.5, 合肥: 1.5, 苏州: 1.2 },
    nodes: [
      {
        node: '车规级芯片', status: 'missing', words: ['半导体', '微电子', '芯片'], industry: '集成电路设计',
        products: ['车规级MCU', '智能驾驶SoC', '车载传感器芯片', '车规级存储芯片'],
        markets: ['主要产品已通过AEC-Q100认证', '产品已进入多家整车企业和一级供应商的供应链'],
      },
      {
        node: '功率器件(IGBT/SiC)', status: 'weak', words: ['功率半导体', '电子', '半导体'], industry: '功率半导体器件',
        products: ['车规级IGBT模块', 'SiC MOSFET', '车载OBC功率模组', '电驱功率模块'],
        markets: ['产品主要用于新能源汽车电驱和车载电源', '已为多家新能源商用车企业批量供货'],
      },
      {
        node: '轻量化材料', status: 'weak', words: ['新材料', '轻合金', '精密压铸'], industry: '汽车材料',
        products: ['高强度钢板', '一体化铝合金压铸件', '碳纤维复合材料部件', '改性工程塑料'],
        markets: ['产品帮助商用车整车减重10%以上', '配套国内主要商用车和乘用车企业'],
      },
      {
        node: '汽车电子', status: 'weak', words: ['汽车电子', '智能汽车', '车联科技'], industry: '汽车电子',
        products: ['车身域控制器', 'ADAS系统', '智能座舱', '车载T-Box', '车身控制器(BCM)'],
        markets: ['产品配套轻型商用车和新能源乘用车', '已获得多家整车企业定点'],
      },
      {
        node: '动力电池', status: 'missing', words: ['新能源', '电池', '储能'], industry: '锂离子电池制造',
        products: ['磷酸铁锂电芯', '商用车电池包(PACK)', '电池管理系统(BMS)', '换电模块'],
        markets: ['产品主要配套新能源物流车和轻型卡车', '拟在北方布局第二生产基地'],
      },
      {
        node: '电驱动系统', status: 'weak', words: ['电驱动', '动力', '电机'], industry: '汽车电机及电控',
        products: ['驱动电机', '电机控制器', '三合一电驱桥', '商用车电驱动总成'],
        markets: ['产品配套新能源轻卡和城市物流车', '在电驱桥领域拥有多项核心专利'],
      },
      {
        node: '底盘与车身件', status: 'strong', words: ['汽车零部件', '汽车部件', '车身系统', '精密制造'], industry: '汽车零部件制造',
        products: ['车架总成', '悬架与车桥', '制动系统', '驾驶室总成', '冲压焊接件'],
        markets: ['是多家轻型卡车整车厂的一级供应商', '产品同时出口东南亚和中东市场'],
      },
      {
        node: '整车制造(轻微型卡车)', status: 'strong', words: ['汽车', '专用汽车', '商用车'], industry: '汽车整车制造',
        products: ['轻型卡车', '微型卡车', '新能源物流车', '冷藏车等专用车'],
        markets: ['年产能约5万辆', '产品覆盖城市配送和城乡物流市场'], lean: 'extend',
      },
      {
        node: '汽车后市场', status: 'missing', words: ['汽车服务', '汽车科技'], industry: '汽车后市场服务', service: true, sparse: 2,
        products: ['商用车维修保养', '零部件再制造', '二手车交易', '汽车融资租赁'],
        markets: ['在全国拥有数百家服务网点', '正在寻找北方区域运营中心选址'],
      },
      {
        node: '汽车物流与供应链服务', status: 'weak', words: ['供应链管理', '物流', '汽车物流'], industry: '汽车物流', service: true,
        products: ['整车物流', '零部件入厂物流', '循环取货', '仓储配送'],
        markets: ['服务多家整车和零部件企业', '在主要汽车产业基地设有物流中心'],
      },
    ],
  },
  {
    chain: '电子信息',
    code: 'semi',
    share: 52,
    regionBoost: { 深圳: 1.5, 无锡: 2, 苏州: 1.5, 上海: 1.3, 合肥: 1.5, 西安: 1.5 },
    nodes: [
      {
        node: '半导体材料', status: 'weak', words: ['半导体材料', '电子材料', '新材料'], industry: '半导体材料',
        products: ['8英寸硅片', 'SiC衬底与外延片', '电子特气', '湿电子化学品', '光刻胶'],
        markets: ['已通过多家晶圆厂的材料认证', '产品国产化替代进展较快'],
      },
      {
        node: '集成电路设计', status: 'missing', words: ['微电子', '集成电路', '芯片', '半导体'], industry: '集成电路设计',
        products: ['MCU', '电源管理芯片', '模拟芯片', '功率芯片', '电机驱动IC'],
        markets: ['累计出货量超过10亿颗', '产品广泛用于工业控制和汽车电子'],
      },
      {
        node: '半导体设备与零部件', status: 'missing', words: ['半导体设备', '精密机械', '真空科技'], industry: '半导体设备', sparse: 2,
        products: ['刻蚀设备零部件', '薄膜沉积设备零部件', '干式真空泵', '精密陶瓷件', '晶圆传输系统'],
        markets: ['已进入国内主要晶圆厂供应链', '产品可替代同类进口零部件'],
      },
      {
        node: '8英寸功率器件晶圆', status: 'weak', words: ['半导体', '功率半导体', '微电子'], industry: '半导体晶圆制造',
        products: ['8英寸功率晶圆代工', '沟槽型MOSFET', 'IGBT芯片', '快恢复二极管(FRD)'],
        markets: ['正在规划新增8英寸产线', '产品主要面向新能源汽车和光伏储能市场'],
      },
      {
        node: '先进功率半导体封装', status: 'weak', words: ['封装测试', '半导体', '电子'], industry: '集成电路封装测试',
        products: ['功率模块封装', 'SiC模块', 'DBC/AMB陶瓷基板', '功率器件可靠性测试'],
        markets: ['产品用于新能源汽车电驱和光伏逆变器', '拥有车规级功率模块封装产线'],
      },
      {
        node: '电子元器件', status: 'strong', words: ['电子', '电子元件', '电路科技'], industry: '电子元器件制造',
        products: ['片式电容', '片式电阻', '连接器', '印制电路板(PCB)', '磁性元件'],
        markets: ['产品配套汽车电子和工控领域客户', '年出货量居国内同行前列'],
      },
      {
        node: '传感器与光电器件', status: 'missing', words: ['传感技术', '光电', '光电子'], industry: '传感器及光电器件',
        products: ['MEMS传感器', '光电传感器', '激光雷达器件', '红外探测器'],
        markets: ['产品用于智能驾驶和工业自动化', '拥有MEMS晶圆级封装能力'],
      },
      {
        node: '工业控制与电源', status: 'strong', words: ['电气', '电源', '自动化', '电力电子'], industry: '电力电子及工控设备',
        products: ['变频器', '工业电源', '光伏逆变器', '储能变流器(PCS)'],
        markets: ['产品销往全国并出口海外', '是本地功率器件的重要下游客户'],
      },
      {
        node: '智能终端与物联网', status: 'weak', words: ['物联网', '智能终端', '通信技术'], industry: '智能终端及物联网',
        products: ['工业智能终端', '通信模组', '物联网网关', '智能表计'],
        markets: ['产品用于智慧能源和智能制造场景', '在国内多个省份有规模化应用'],
      },
    ],
  },
  {
    chain: '医药健康',
    code: 'med',
    share: 44,
    regionBoost: { 上海: 1.5, 苏州: 1.5, 济南: 1.5, 长春: 1.5, 杭州: 1.3 },
    nodes: [
      {
        node: '医药原料与中间体', status: 'weak', words: ['药业', '医药化工', '生物制药'], industry: '原料药及中间体',
        products: ['原料药', '医药中间体', '发酵类原料', '人参皂苷提取物'],
        markets: ['多个品种通过欧美官方审计', '产品供应国内外制剂企业'],
      },
      {
        node: '植物胶囊', status: 'strong', words: ['胶囊', '药用胶囊', '生物材料'], industry: '药用胶囊制造',
        products: ['HPMC植物空心胶囊', '普鲁兰多糖胶囊', '肠溶胶囊'],
        markets: ['年产胶囊超过百亿粒', '产品出口欧美和东南亚市场'],
      },
      {
        node: '药用辅料与包材', status: 'missing', words: ['药用包装', '医药包材', '药用辅料'], industry: '药用辅料及包装材料',
        products: ['中硼硅药用玻璃管', '预灌封注射器', '药用铝塑复合膜', '药用辅料'],
        markets: ['产品已完成与多个注射剂品种的关联审评', '正在扩建中硼硅玻璃产能'],
      },
      {
        node: '制药智能装备', status: 'strong', words: ['制药装备', '制药机械', '智能装备'], industry: '制药专用设备',
        products: ['固体制剂生产线', '无菌灌装设备', '智能包装线', '过程分析(PAT)系统'],
        markets: ['设备符合GMP要求并出口海外', '为多家知名药企提供整线解决方案'],
      },
      {
        node: '生物医药', status: 'weak', words: ['生物医药', '生物', '生物制药', '基因科技'], industry: '生物医药',
        products: ['单克隆抗体', '重组蛋白药物', '新型疫苗', '细胞与基因治疗产品'],
        markets: ['多个品种处于临床试验阶段', '拥有符合GMP要求的商业化生产基地'],
      },
      {
        node: '化学药制剂', status: 'strong', words: ['制药', '药业'], industry: '化学药品制剂',
        products: ['口服固体制剂', '注射剂', '一致性评价品种'],
        markets: ['多个品种中选国家集采', '在研仿制药和改良型新药十余个'],
      },
      {
        node: '现代中药', status: 'weak', words: ['中药', '参业', '本草'], industry: '中药制造',
        products: ['中药配方颗粒', '中药饮片', '人参深加工产品', '中成药'],
        markets: ['在长白山地区建有人参种植基地', '产品进入全国多家连锁药店'], lean: 'upgrade',
      },
      {
        node: '医疗器械', status: 'missing', words: ['医疗器械', '医疗', '诊断技术', '生物工程'], industry: '医疗器械',
        products: ['体外诊断(IVD)试剂', '高值医用耗材', '医学影像设备', '康复器械'],
        markets: ['拥有多项二类、三类医疗器械注册证', '产品进入全国上千家医院'],
      },
      {
        node: '医药流通与冷链物流', status: 'missing', words: ['医药物流', '医药供应链', '医药'], industry: '医药流通', service: true, sparse: 2,
        products: ['医药分销', '医药冷链运输', '第三方医药物流', '疫苗配送'],
        markets: ['在全国设有多个区域配送中心', '具备GSP认证的冷链仓储能力'],
      },
      {
        node: '大健康产品', status: 'weak', words: ['健康科技', '营养科技', '生物工程'], industry: '保健食品及健康产品',
        products: ['保健食品', '特殊医学用途配方食品', '功能性饮品', '人参功能食品'],
        markets: ['线上线下渠道覆盖全国', '拥有多个保健食品批准文号'],
      },
    ],
  },
  {
    chain: '食品',
    code: 'food',
    share: 30,
    regionBoost: { 青岛: 3, 长春: 2, 广州: 1.5, 济南: 1.5, 北京: 0.5, 深圳: 0.5 },
    nodes: [
      {
        node: '粮食与农产品原料', status: 'strong', words: ['农业', '粮油', '农产品'], industry: '农产品加工',
        products: ['玉米', '大豆', '优质水稻', '杂粮', '鲜食玉米'],
        markets: ['在东北建有规模化种植基地', '是多家食品企业的原料供应商'],
      },
      {
        node: '啤酒原料', status: 'weak', words: ['麦芽', '啤酒原料', '生物工程'], industry: '啤酒原料',
        products: ['啤酒大麦', '麦芽', '酒花', '酿酒酵母'],
        markets: ['为国内多家啤酒企业稳定供货', '正在开发精酿专用特种麦芽'],
      },
      {
        node: '食品配料与添加剂', status: 'missing', words: ['食品配料', '生物技术', '香料'], industry: '食品添加剂及配料', sparse: 2,
        products: ['酶制剂', '益生菌', '天然香精香料', '食品胶'],
        markets: ['产品服务乳品、饮料和烘焙企业', '拥有自主菌种库'],
      },
      {
        node: '食品包装', status: 'missing', words: ['包装', '包装材料', '制罐'], industry: '食品包装',
        products: ['铝制易拉罐', '啤酒玻璃瓶', 'PET瓶坯', '无菌纸包装'],
        markets: ['为多家啤酒和饮料企业配套', '可在客户工厂旁建设配套生产线'],
      },
      {
        node: '啤酒酿造', status: 'strong', words: ['啤酒', '酿酒'], industry: '啤酒制造',
        products: ['纯生啤酒', '清爽型啤酒', '罐装啤酒', '瓶装啤酒'],
        markets: ['年产能约30万千升', '计划推进产能置换和高端化改造'], lean: 'upgrade',
      },
      {
        node: '高端精酿啤酒', status: 'weak', words: ['精酿啤酒', '酒业', '精酿'], industry: '精酿啤酒',
        products: ['精酿啤酒', '原浆啤酒', '小麦啤酒', 'IPA'],
        markets: ['在一线城市拥有多家品牌酒馆', '产品定位中高端消费市场'], lean: 'upgrade',
      },
      {
        node: '食品加工', status: 'weak', words: ['食品', '食品工业'], industry: '食品制造',
        products: ['玉米深加工产品', '肉制品', '速冻食品', '预制菜'],
        markets: ['产品进入全国主要商超和餐饮连锁', '建有中央厨房和全程冷链体系'], lean: 'upgrade',
      },
      {
        node: '饮料与乳制品', status: 'missing', words: ['乳业', '饮品', '饮料'], industry: '乳制品及饮料',
        products: ['低温乳制品', '植物蛋白饮料', '果蔬汁', '饮用天然水'],
        markets: ['拥有自有牧场和区域销售网络', '正在北方寻找新的生产基地'],
      },
      {
        node: '冷链物流', status: 'weak', words: ['冷链物流', '冷链', '供应链'], industry: '冷链物流', service: true,
        products: ['冷库仓储', '冷链干线运输', '城市冷链配送'],
        markets: ['在全国运营多个冷链物流园', '服务食品和医药企业客户'],
      },
      {
        node: '食品电商与品牌营销', status: 'missing', words: ['电子商务', '品牌管理', '食品贸易'], industry: '食品电商', service: true,
        products: ['食品电商运营', '直播营销', '区域公共品牌运营'],
        markets: ['年线上销售额超过5亿元', '擅长地方特色食品的品牌打造'],
      },
    ],
  },
  {
    chain: '智能装备制造',
    code: 'equip',
    share: 40,
    regionBoost: { 苏州: 1.5, 东莞: 2, 长春: 1.5, 南京: 1.3, 宁波: 1.3 },
    nodes: [
      {
        node: '核心零部件', status: 'missing', words: ['传动科技', '精密机械', '伺服技术', '精工'], industry: '机器人核心零部件',
        products: ['精密减速器', '伺服电机', '运动控制器', '精密轴承', '滚珠丝杠'],
        markets: ['产品已批量配套国产工业机器人', '关键精度指标达到国际同类水平'],
      },
      {
        node: '传感器与机器视觉', status: 'weak', words: ['视觉科技', '智能传感', '光学'], industry: '机器视觉',
        products: ['工业相机', '视觉检测系统', '激光位移传感器', '力矩传感器'],
        markets: ['产品用于汽车焊装和电子装配检测', '拥有自主视觉算法平台'],
      },
      {
        node: '工业软件', status: 'missing', words: ['软件', '工业软件', '信息技术'], industry: '工业软件', sparse: 2,
        products: ['CAD/CAE软件', 'MES系统', 'PLM系统', '工业APP'],
        markets: ['服务汽车和装备制造企业数百家', '产品已实现核心模块自主可控'],
      },
      {
        node: '研究院所与成果转化', status: 'strong', words: ['技术研究院', '创新研究院', '产业研究院'], industry: '科研技术服务', service: true,
        products: ['中试验证', '技术转移', '联合攻关', '科技成果转化'],
        markets: ['与多所高校共建联合实验室', '已孵化科技型企业数十家'],
      },
      {
        node: '工业机器人', status: 'weak', words: ['机器人', '智能装备', '自动化'], industry: '工业机器人',
        products: ['焊接机器人', '搬运码垛机器人', '协作机器人', 'AGV/AMR'],
        markets: ['产品在汽车和工程机械行业批量应用', '年销量位居国产品牌前列'],
      },
      {
        node: '数控机床', status: 'weak', words: ['数控', '机床', '精密机床'], industry: '数控机床',
        products: ['五轴加工中心', '数控车床', '激光切割机', '专用机床'],
        markets: ['产品用于汽车零部件和模具加工', '数控系统实现国产化配套'], lean: 'upgrade',
      },
      {
        node: '汽车智能生产线', status: 'strong', words: ['装备工程', '自动化装备', '智能制造'], industry: '汽车生产线装备',
        products: ['冲压线', '焊装线', '涂装线', '总装线', '智能物流输送系统'],
        markets: ['为国内外多家整车企业建设生产线', '具备整线交钥匙工程能力'],
      },
      {
        node: '增材制造', status: 'missing', words: ['增材制造', '三维科技', '激光'], industry: '增材制造',
        products: ['金属3D打印设备', '增材制造粉末', '快速模具', '打印服务'],
        markets: ['产品用于航空航天和汽车研发', '拥有多项激光熔覆核心专利'],
      },
      {
        node: '检验检测平台', status: 'weak', words: ['检测技术', '计量检测', '认证服务'], industry: '检验检测服务', service: true,
        products: ['计量校准', '可靠性与环境试验', 'CMA/CNAS检测', '无损检测'],
        markets: ['具备CMA和CNAS资质', '在全国设有多个区域实验室'],
      },
      {
        node: '系统集成与智能工厂', status: 'weak', words: ['工业互联网', '数字科技', '智能系统'], industry: '智能制造系统集成',
        products: ['智能工厂整体解决方案', '数字孪生系统', '工业互联网平台'],
        markets: ['已为上百家制造企业完成数字化改造', '入选国家级工业互联网平台培育名单'],
      },
    ],
  },
  {
    chain: '氢能源',
    code: 'hydrogen',
    share: 38,
    regionBoost: { 上海: 2, 北京: 1.5, 济南: 1.5, 苏州: 1.3, 广州: 1.3, 长春: 1.3 },
    nodes: [
      {
        node: '制氢', status: 'weak', words: ['氢能', '氢能装备', '新能源'], industry: '电解水制氢装备',
        products: ['碱性电解槽', 'PEM电解槽', '风光耦合制氢系统', '工业副产氢提纯装置'],
        markets: ['已交付多个风光制氢示范项目', '单槽产氢量达到千标方级'],
      },
      {
        node: '氢能关键材料', status: 'missing', words: ['氢能材料', '新材料', '膜材料'], industry: '燃料电池材料',
        products: ['质子交换膜', '铂碳催化剂', '气体扩散层(碳纸)', '金属双极板'],
        markets: ['产品性能通过主流电堆企业验证', '正推动关键材料国产化替代'],
      },
      {
        node: '储运', status: 'missing', words: ['储氢科技', '气体装备', '氢能储运'], industry: '储氢及运氢装备',
        products: ['35/70MPa高压储氢瓶', '长管拖车', '液氢储罐', '固态储氢装置'],
        markets: ['储氢瓶产品已取得型式试验证书', '为多个加氢站和燃料电池车型配套'],
      },
      {
        node: '加氢站', status: 'weak', words: ['加氢设备', '能源', '氢能源'], industry: '加氢站设备及运营',
        products: ['加氢机', '隔膜压缩机', '站用储氢系统', '站控系统'],
        markets: ['已参与建设运营多座加氢站', '可提供加氢站设计建设运营一体化服务'],
      },
      {
        node: '燃料电池', status: 'weak', words: ['燃料电池', '氢能动力', '氢能'], industry: '燃料电池',
        products: ['燃料电池电堆', '膜电极(MEA)', '空压机', '燃料电池发电系统'],
        markets: ['产品配套氢燃料电池重卡和物流车', '电堆功率密度处于国内先进水平'],
      },
      {
        node: '测试中心', status: 'missing', words: ['检测技术', '氢能检测', '测试技术'], industry: '氢能检测认证', service: true, sparse: 2,
        products: ['燃料电池测试', '氢安全检测', '储氢瓶检验', '第三方认证'],
        markets: ['具备燃料电池系统全项检测能力', '正在规划北方区域测试中心'],
      },
      {
        node: '燃料电池汽车', status: 'weak', words: ['氢能汽车', '新能源汽车', '氢动力'], industry: '燃料电池汽车',
        products: ['氢燃料电池重卡', '氢能物流车', '氢能客车'],
        markets: ['车辆已在多个示范城市群投入运营', '可与本地轻卡整车企业合作开发车型'],
      },
      {
        node: '工业应用', status: 'missing', words: ['绿氢', '氢能化工', '清洁能源'], industry: '氢能工业应用',
        products: ['绿氢合成氨', '氢冶金', '绿色甲醇', '氢储能发电'],
        markets: ['正在推进多个绿氢化工示范项目', '与钢铁和化工企业开展用氢合作'],
      },
    ],
  },
  {
    chain: '人工智能',
    code: 'ai',
    share: 32,
    regionBoost: { 北京: 2, 杭州: 2, 深圳: 1.5, 上海: 1.5, 合肥: 1.5, 长春: 0.5 },
    nodes: [
      {
        node: '智能芯片', status: 'missing', words: ['智能芯片', '芯片', '集成电路'], industry: 'AI芯片',
        products: ['GPU', 'NPU', 'AI推理芯片', '边缘计算芯片'],
        markets: ['产品已在智算中心和智能驾驶场景落地', '完成多轮融资'],
      },
      {
        node: '算力基础设施', status: 'weak', words: ['算力科技', '云计算', '智算科技'], industry: '算力基础设施',
        products: ['智算中心', 'AI服务器', '液冷系统', '高速光模块'],
        markets: ['在全国运营多个智算中心', '可提供算力租赁和一体化运维服务'],
      },
      {
        node: '数据服务', status: 'missing', words: ['数据科技', '数智科技', '大数据'], industry: '数据服务', service: true,
        products: ['数据采集与标注', '行业数据集', '数据治理', '数据交易'],
        markets: ['拥有大型数据标注基地', '服务自动驾驶和大模型企业'],
      },
      {
        node: '算法与大模型', status: 'missing', words: ['人工智能', '智能', '认知智能'], industry: '人工智能算法',
        products: ['行业大模型', '计算机视觉算法', '语音识别', '自然语言处理'],
        markets: ['大模型已通过生成式人工智能服务备案', '在制造和政务领域有落地案例'],
      },
      {
        node: '智能机器人', status: 'missing', words: ['机器人', '智能机器人', '具身智能'], industry: '智能机器人',
        products: ['人形机器人', '服务机器人', '具身智能平台'],
        markets: ['产品已在汽车工厂开展实训应用', '正在寻找量产基地'],
      },
      {
        node: '智能网联与自动驾驶', status: 'weak', words: ['智能驾驶', '智行科技', '智能网联'], industry: '自动驾驶',
        products: ['L4自动驾驶系统', '车路协同设备', '高精地图', '智能座舱软件'],
        markets: ['在多个城市开展自动驾驶测试', '可与本地商用车企业合作开发无人物流车'],
      },
      {
        node: 'AI+工业应用', status: 'weak', words: ['工业智能', '视觉智能', '智造科技'], industry: 'AI工业应用',
        products: ['工业视觉质检', '预测性维护', '工艺参数优化', '智能排产'],
        markets: ['已服务汽车、电子等行业客户', '方案在上百条产线部署'],
      },
      {
        node: 'AI+医疗健康', status: 'missing', words: ['智慧医疗', '医疗科技', '医学影像'], industry: 'AI医疗', sparse: 2,
        products: ['医学影像AI', '辅助诊断系统', 'AI药物研发平台'],
        markets: ['多款产品取得三类医疗器械注册证', '已进入数百家医院'],
      },
      {
        node: 'AI+城市治理', status: 'weak', words: ['智慧城市', '城市科技', '数字科技'], industry: '智慧城市',
        products: ['城市大脑', '智慧交通', '政务智能客服'],
        markets: ['已在多个城市落地城市大脑项目', '具备大型政务项目交付经验'],
      },
    ],
  },
];

/** The index of the emerging chain: its targets are all 建链 and it has no chain-leader firm yet. */
const AI_CHAIN = DEMO_ENTERPRISE_PROFILES.findIndex((c) => c.chain === '人工智能');
const FOOD_CHAIN = DEMO_ENTERPRISE_PROFILES.findIndex((c) => c.chain === '食品');
/** Chains where a privately valued start-up (独角兽) is plausible. */
const UNICORN_CHAINS = new Set(['人工智能', '氢能源', '电子信息'].map((name) => DEMO_ENTERPRISE_PROFILES.findIndex((c) => c.chain === name)));

interface Region {
  province: string;
  city: string;
  cityFull: string;
  weight: number;
  districts: string[];
}

// Mostly the developed regions where officers are stationed (定点招商), plus the zone's own city.
const REGIONS: Region[] = [
  { province: '广东', city: '深圳', cityFull: '深圳市', weight: 12, districts: ['南山区', '宝安区', '龙岗区', '龙华区', '坪山区', '光明区'] },
  { province: '广东', city: '广州', cityFull: '广州市', weight: 5, districts: ['黄埔区', '番禺区', '南沙区', '天河区', '白云区'] },
  { province: '广东', city: '东莞', cityFull: '东莞市', weight: 4, districts: ['松山湖园区', '长安镇', '塘厦镇', '虎门镇'] },
  { province: '江苏', city: '苏州', cityFull: '苏州市', weight: 10, districts: ['工业园区', '高新区', '相城区', '吴江区', '吴中区'] },
  { province: '江苏', city: '无锡', cityFull: '无锡市', weight: 5, districts: ['新吴区', '滨湖区', '惠山区', '锡山区'] },
  { province: '江苏', city: '南京', cityFull: '南京市', weight: 5, districts: ['江宁区', '浦口区', '栖霞区', '雨花台区', '江北新区'] },
  { province: '上海', city: '上海', cityFull: '上海市', weight: 12, districts: ['浦东新区', '闵行区', '嘉定区', '松江区', '宝山区', '青浦区'] },
  { province: '浙江', city: '杭州', cityFull: '杭州市', weight: 7, districts: ['滨江区', '余杭区', '萧山区', '钱塘区', '西湖区'] },
  { province: '浙江', city: '宁波', cityFull: '宁波市', weight: 4, districts: ['北仑区', '鄞州区', '镇海区', '前湾新区'] },
  { province: '北京', city: '北京', cityFull: '北京市', weight: 10, districts: ['海淀区', '朝阳区', '昌平区', '顺义区', '大兴区', '北京经济技术开发区'] },
  { province: '山东', city: '青岛', cityFull: '青岛市', weight: 5, districts: ['黄岛区', '城阳区', '崂山区', '即墨区', '李沧区'] },
  { province: '山东', city: '济南', cityFull: '济南市', weight: 4, districts: ['历下区', '高新区', '章丘区', '历城区'] },
  { province: '吉林', city: '长春', cityFull: '长春市', weight: 10, districts: ['长春新区', '朝阳区', '绿园区', '经济技术开发区', '汽车经济技术开发区', '净月高新区'] },
  { province: '安徽', city: '合肥', cityFull: '合肥市', weight: 4, districts: ['高新区', '经开区', '包河区', '蜀山区'] },
  { province: '陕西', city: '西安', cityFull: '西安市', weight: 3, districts: ['高新区', '雁塔区', '长安区', '经开区'] },
];

// Generic road names on purpose: real district, invented street, so no address points at a real firm.
const ROADS = [
  '科技路', '创新大道', '高新大道', '科创路', '智造大道', '产业园路', '研发路', '兴业路', '新兴路', '云谷路', '锦绣路', '长兴路',
  '学府路', '华创路', '启航路', '星河路', '汇智路', '腾飞大道', '明珠路', '通达路', '致远路', '景园路', '丰泽路', '博远路',
];

// Invented brand words (字号). Checked by eye against well-known firms; none is the 字号 of a famous company.
const BRANDS: readonly (readonly [string, string])[] = [
  ['泓芯', 'hongxin'], ['启澜', 'qilan'], ['博衍', 'boyan'], ['澄屿', 'chengyu'], ['珩岳', 'hengyue'], ['栖川', 'qichuan'],
  ['衡溯', 'hengsu'], ['熠川', 'yichuan'], ['沐垣', 'muyuan'], ['岚序', 'lanxu'], ['翊航', 'yihang'], ['骁岭', 'xiaoling'],
  ['砺衡', 'liheng'], ['瑾禾', 'jinhe'], ['钧泽', 'junze'], ['曜森', 'yaosen'], ['舜岩', 'shunyan'], ['霁川', 'jichuan'],
  ['珞恒', 'luoheng'], ['棠溪', 'tangxi'], ['蔚岑', 'weicen'], ['澈远', 'cheyuan'], ['峻衍', 'junyan'], ['昀舟', 'yunzhou'],
  ['乾澄', 'qiancheng'], ['弈帆', 'yifan'], ['璟岱', 'jingdai'], ['炜衡', 'weiheng'], ['柏屿', 'baiyu'], ['溯岚', 'sulan'],
  ['琛越', 'chenyue'], ['铖屹', 'chengyi'], ['瀚霁', 'hanji'], ['崇衍', 'chongyan'], ['斐川', 'feichuan'], ['禾泽', 'heze'],
  ['晟岑', 'shengcen'], ['崧屹', 'songyi'], ['珑岳', 'longyue'], ['皓屿', 'haoyu'], ['鸿溯', 'hongsu'], ['岱霖', 'dailin'],
  ['凌澈', 'lingche'], ['墨垣', 'moyuan'], ['朔川', 'shuochuan'], ['澄衡', 'chengheng'], ['奕岚', 'yilan'], ['泽屹', 'zeyi'],
  ['钜衍', 'juyan'], ['旭岑', 'xucen'], ['卓屿', 'zhuoyu'], ['灏川', 'haochuan'], ['睿屹', 'ruiyi'], ['彦衡', 'yanheng'],
  ['聿川', 'yuchuan'], ['祺岳', 'qiyue'], ['湛序', 'zhanxu'], ['晞远', 'xiyuan'], ['锴泽', 'kaize'], ['颢岭', 'haoling'],
  ['琨屿', 'kunyu'], ['淳衍', 'chunyan'], ['恪衡', 'keheng'], ['昶岳', 'changyue'], ['珺澜', 'junlan'], ['翮舟', 'hezhou'],
  ['曦岑', 'xicen'], ['砚澄', 'yancheng'], ['渟岳', 'tingyue'], ['谦屹', 'qianyi'], ['峤川', 'qiaochuan'], ['霈衍', 'peiyan'],
  ['韫禾', 'yunhe'], ['棣恒', 'diheng'], ['赟岭', 'yunling'], ['芮珩', 'ruiheng'], ['岫川', 'xiuchuan'], ['璞衍', 'puyan'],
  ['晏屿', 'yanyu'], ['澧禾', 'lihe'], ['泊屿', 'boyu'], ['沅衡', 'yuanheng'], ['纾岚', 'shulan'], ['骐垣', 'qiyuan'],
];

// Common surnames, the most common first: names are drawn from the head of the list more often.
const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['黄', 'huang'],
  ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['胡', 'hu'], ['朱', 'zhu'], ['高', 'gao'], ['林', 'lin'],
  ['何', 'he'], ['郭', 'guo'], ['马', 'ma'], ['罗', 'luo'], ['梁', 'liang'], ['宋', 'song'], ['郑', 'zheng'], ['谢', 'xie'],
  ['韩', 'han'], ['唐', 'tang'], ['冯', 'feng'], ['于', 'yu'], ['董', 'dong'], ['程', 'cheng'], ['曹', 'cao'], ['袁', 'yuan'],
  ['邓', 'deng'], ['许', 'xu'], ['傅', 'fu'], ['沈', 'shen'], ['曾', 'zeng'], ['彭', 'peng'], ['吕', 'lv'], ['苏', 'su'],
  ['卢', 'lu'], ['蒋', 'jiang'], ['蔡', 'cai'], ['贾', 'jia'], ['丁', 'ding'], ['魏', 'wei'], ['薛', 'xue'], ['叶', 'ye'],
  ['潘', 'pan'], ['杜', 'du'], ['戴', 'dai'], ['夏', 'xia'], ['钟', 'zhong'], ['田', 'tian'], ['任', 'ren'], ['姜', 'jiang'],
  ['范', 'fan'], ['方', 'fang'], ['石', 'shi'], ['姚', 'yao'], ['谭', 'tan'], ['金', 'jin'], ['陆', 'lu'], ['孟', 'meng'],
  ['秦', 'qin'], ['顾', 'gu'], ['侯', 'hou'], ['邵', 'shao'], ['崔', 'cui'], ['邹', 'zou'],
];

// Given-name characters split by the place they usually take, so two-character names read naturally.
const GIVEN_FIRST: readonly (readonly [string, string])[] = [
  ['晓', 'xiao'], ['志', 'zhi'], ['建', 'jian'], ['国', 'guo'], ['海', 'hai'], ['文', 'wen'], ['俊', 'jun'], ['子', 'zi'],
  ['思', 'si'], ['嘉', 'jia'], ['宇', 'yu'], ['天', 'tian'], ['立', 'li'], ['永', 'yong'], ['新', 'xin'], ['明', 'ming'],
  ['春', 'chun'], ['振', 'zhen'], ['雨', 'yu'], ['梦', 'meng'], ['佳', 'jia'], ['宏', 'hong'], ['雪', 'xue'], ['晨', 'chen'],
];
const GIVEN_LAST: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['超', 'chao'], ['霞', 'xia'],
  ['平', 'ping'], ['刚', 'gang'], ['华', 'hua'], ['辉', 'hui'], ['浩', 'hao'], ['鹏', 'peng'], ['婷', 'ting'], ['琳', 'lin'],
  ['欣', 'xin'], ['峰', 'feng'], ['斌', 'bin'], ['博', 'bo'], ['凯', 'kai'], ['亮', 'liang'], ['东', 'dong'], ['然', 'ran'],
  ['睿', 'rui'], ['怡', 'yi'], ['丹', 'dan'], ['慧', 'hui'], ['颖', 'ying'], ['璐', 'lu'], ['倩', 'qian'], ['楠', 'nan'],
  ['毅', 'yi'], ['健', 'jian'], ['泽', 'ze'], ['翔', 'xiang'], ['成', 'cheng'], ['光', 'guang'], ['林', 'lin'], ['鑫', 'xin'],
];

// Who an officer actually talks to depends on the firm's size: big groups send investment staff, small firms the boss.
const TITLES: Record<EnterpriseScale, string[]> = {
  large: ['投资总监', '战略发展部总经理', '副总裁', '投资发展部经理', '区域总经理', '总经理助理', '战略规划部经理', '基建部部长'],
  medium: ['董事长', '总经理', '副总经理', '投资总监', '战略发展部经理', '市场总监', '技术总监', '总经理助理'],
  small: ['董事长', '总经理', '副总经理', '市场总监', '技术总监', '综合部经理'],
  micro: ['执行董事', '总经理', '创始人', '联合创始人', '技术负责人'],
};

const SOURCES: readonly (readonly [string, number])[] = [
  ['定点招商', 25], ['敲门招商', 14], ['以商招商', 15], ['展会招商', 15], ['中介招商', 8], ['部门推荐', 7], ['企业库导入', 16],
];

// Real mainland mobile number blocks; the last eight digits come from a bijection, so every number is distinct.
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159',
  '166', '173', '175', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199',
];

const ACTIVITIES = ['研发、生产和销售', '研发与制造', '技术研发与产业化', '设计、制造与服务'];
const SERVICE_WORDS = ['服务', '专业服务', '一体化服务'];

// Industry words that read naturally before 科技有限公司 (X电子科技有限公司, but never X药业科技有限公司).
const TECH_OK = /(电子|半导体|材料|新能源|智能|光电|光电子|氢能|机器人|自动化|生物|医疗|电池|电驱动|物联网|集成电路|芯片|云计算|智能驾驶|激光|动力|食品|智能汽车|大数据|精密制造|智能网联|智能传感|光学|储能)$/;

/** Three-times weight for missing links, two for weak, one for strong: the targets sit where the chain is short. */
const STATUS_WEIGHT: Record<NodeStatus, number> = { missing: 3, weak: 2, strong: 1 };

const SEED = 0x5eed2026;

/** A separate stream per purpose and per enterprise, so changing one field's draws never reshuffles the others. */
function streamRng(stream: number, index: number): Rng {
  return rowRng(SEED, stream, index);
}

function weighted<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = rng() * total;
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1];
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Splits `total` in proportion to `weights` (largest remainder), so the parts always add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const short = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < short; k++) parts[order[k].i]++;
  return parts;
}

interface Slot {
  chain: number;
  node: number | null;
}

/**
 * Chain and node of every regular enterprise, decided as counts first (not per-enterprise dice) so the
 * targets follow the chain's gaps exactly: ~10% not yet placed on a node, each sparse link its fixed 1–3,
 * the rest 3:2:1 over missing, weak and strong links.
 */
function allocateSlots(count: number): Slot[] {
  const slots: Slot[] = [];
  const quotas = apportion(count, DEMO_ENTERPRISE_PROFILES.map((c) => c.share));
  DEMO_ENTERPRISE_PROFILES.forEach((chain, c) => {
    const unplaced = Math.round(quotas[c] * 0.1);
    let rest = quotas[c] - unplaced;
    const fixed = chain.nodes.map((n) => {
      const k = Math.min(n.sparse ?? 0, rest);
      rest -= k;
      return k;
    });
    const counts = apportion(rest, chain.nodes.map((n) => (n.sparse === undefined ? STATUS_WEIGHT[n.status] : 0)));
    for (let i = 0; i < unplaced; i++) slots.push({ chain: c, node: null });
    chain.nodes.forEach((_, n) => {
      for (let i = 0; i < counts[n] + fixed[n]; i++) slots.push({ chain: c, node: n });
    });
  });
  // Interleave the chains, as records arrive from many teams and sources in no particular order.
  return shuffle(streamRng(1, 0), slots);
}

const BIG_TAGS: readonly EnterpriseTag[] = ['链主企业', '世界500强', '中国500强', '上市公司'];

/**
 * Tags by quota over a shuffled order (again not per-enterprise dice), so a list of 300 has realistic
 * shares: ~2% 链主企业, 1.5% 世界500强, 3% 中国500强, 5% 上市公司, 1% 独角兽, 4% 小巨人, 10% 专精特新, 30% 高新.
 */
function assignTags(slots: Slot[]): Set<EnterpriseTag>[] {
  const rng = streamRng(2, 0);
  const n = slots.length;
  const tags = slots.map(() => new Set<EnterpriseTag>());
  const isBig = (i: number) => BIG_TAGS.some((t) => tags[i].has(t));
  const counted = (tag: EnterpriseTag) => tags.filter((set) => set.has(tag)).length;
  const give = (tag: EnterpriseTag, quota: number, eligible: (i: number) => boolean) => {
    let left = quota - counted(tag);
    for (const i of shuffle(rng, [...Array(n).keys()])) {
      if (left <= 0) break;
      if (!tags[i].has(tag) && eligible(i)) {
        tags[i].add(tag);
        left--;
      }
    }
  };

  // One anchor firm per established chain (the AI chain is still being built): the first firm on one of the
  // chain's strong links (weak when it has none), as anchors sit where the chain is already good; anchors are
  // usually listed and often among the 中国500强.
  let leaders = 0;
  DEMO_ENTERPRISE_PROFILES.forEach((chain, c) => {
    if (c === AI_CHAIN || leaders >= Math.round(n * 0.02)) return;
    const best = chain.nodes.some((node) => node.status === 'strong') ? 'strong' : 'weak';
    const i = slots.findIndex((s) => s.chain === c && s.node !== null && chain.nodes[s.node].status === best);
    if (i < 0) return;
    tags[i].add('链主企业');
    if (leaders % 3 !== 2) tags[i].add('上市公司');
    if (leaders % 2 === 0) tags[i].add('中国500强');
    leaders++;
  });
  give('世界500强', Math.round(n * 0.015), (i) => !isBig(i));
  give('中国500强', Math.round(n * 0.03), (i) => !isBig(i));
  // About half of the 中国500强 groups are listed.
  tags.forEach((set, i) => {
    if (set.has('中国500强') && !set.has('链主企业') && i % 2 === 0) set.add('上市公司');
  });
  give('上市公司', Math.round(n * 0.05), (i) => !isBig(i));
  give('独角兽', Math.max(1, Math.round(n * 0.01)), (i) => !isBig(i) && UNICORN_CHAINS.has(slots[i].chain));
  give('专精特新"小巨人"', Math.round(n * 0.04), (i) => !isBig(i) && !tags[i].has('独角兽'));
  give('专精特新', Math.round(n * 0.1), (i) => !isBig(i) && !tags[i].has('独角兽') && !tags[i].has('专精特新"小巨人"'));
  // Nearly every 专精特新 firm is also a 高新技术企业; the rest of the quota goes elsewhere, rarely to food.
  tags.forEach((set) => {
    if (set.has('专精特新"小巨人"') || (set.has('专精特新') && rng() < 0.85)) set.add('高新技术企业');
  });
  give('高新技术企业', Math.round(n * 0.3), (i) => !tags[i].has('世界500强') && (slots[i].chain !== FOOD_CHAIN || rng() < 0.3));
  return tags;
}

const ROUND_CAPITALS = [100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 30000, 50000, 100000, 200000, 500000];

/** Registered capital in 万元: log-spread, larger for tagged firms; mostly round figures as registrations are. */
function capitalFor(rng: Rng, tags: Set<EnterpriseTag>): number {
  const logUniform = (lo: number, hi: number) => lo * (hi / lo) ** rng();
  let value: number;
  if (tags.has('链主企业')) value = logUniform(80000, 500000);
  else if (tags.has('中国500强')) value = logUniform(50000, 400000);
  else if (tags.has('世界500强')) value = logUniform(20000, 300000);
  else if (tags.has('上市公司')) value = logUniform(12000, 150000);
  else if (tags.has('独角兽')) value = logUniform(3000, 40000);
  else if (tags.has('专精特新"小巨人"')) value = logUniform(2000, 20000);
  else if (tags.has('专精特新')) value = logUniform(500, 10000);
  else if (tags.has('高新技术企业')) value = logUniform(200, 30000);
  else value = 120 * 250 ** (rng() ** 1.1);
  // A listed company's registered capital is its share count, hence an uneven figure with fen.
  if (tags.has('上市公司')) return Math.round(value * 100) / 100;
  if (rng() < 0.45) {
    return ROUND_CAPITALS.reduce((best, c) => (Math.abs(Math.log(c / value)) < Math.abs(Math.log(best / value)) ? c : best));
  }
  const step = value < 1000 ? 50 : value < 10000 ? 100 : value < 100000 ? 1000 : 10000;
  return Math.min(500000, Math.max(100, Math.round(value / step) * step));
}

function scaleFor(capital: number): EnterpriseScale {
  if (capital >= 20000) return 'large';
  if (capital >= 3000) return 'medium';
  if (capital >= 500) return 'small';
  return 'micro';
}

/** Name parts after the industry word: optional 科技, then the legal form. */
function legalFor(rng: Rng, word: string, tags: Set<EnterpriseTag>, capital: number): { tech: string; form: string } {
  if (tags.has('世界500强')) return { tech: '', form: '（中国）有限公司' };
  if (tags.has('上市公司')) return { tech: '', form: '股份有限公司' };
  if ((tags.has('链主企业') || tags.has('中国500强')) && capital >= 50000) {
    return { tech: '', form: rng() < 0.6 ? '集团有限公司' : '股份有限公司' };
  }
  const forms: [string, string, number][] = [
    ['', '有限公司', 50],
    ['科技', '有限公司', TECH_OK.test(word) ? 25 : 0],
    ['', '股份有限公司', capital >= 1000 ? 15 : 0],
    ['', '集团有限公司', capital >= 20000 ? 6 : 0],
  ];
  const [tech, form] = weighted(rng, forms, (f) => f[2]);
  return { tech, form };
}

/** The duplicate-proof core of a name: 'X电子' and 'X电子科技' count as one, as the duplicate guard may treat them alike. */
function coreKey(brand: string, word: string): string {
  return brand + word.replace(/(科技|技术)$/, '');
}

function actionFor(rng: Rng, chain: number, node: NodeProfile | null): ChainAction | null {
  if (rng() < 0.15) return null;
  if (chain === AI_CHAIN) return 'build';
  if (node?.lean && rng() < 0.6) return node.lean;
  const options: [ChainAction, number][] =
    node === null ? [['supplement', 3], ['extend', 4], ['upgrade', 3]]
      : node.status === 'missing' ? [['supplement', 85], ['extend', 15]]
        : node.status === 'weak' ? [['supplement', 20], ['extend', 45], ['upgrade', 35]]
          : [['extend', 55], ['upgrade', 45]];
  return weighted(rng, options, (o) => o[1])[0];
}

function addressIn(rng: Rng, region: Region): string {
  const number = rng() < 0.7 ? 1 + Math.floor(rng() * 300) : 300 + Math.floor(rng() * 700);
  const r = rng();
  const unit = r < 0.35 ? `${1 + Math.floor(rng() * 12)}号楼` : r < 0.55 ? `${1 + Math.floor(rng() * 8)}栋${1 + Math.floor(rng() * 20)}层` : '';
  return `${region.cityFull}${pick(rng, region.districts)}${pick(rng, ROADS)}${number}号${unit}`;
}

function introFor(rng: Rng, node: NodeProfile, tags: Set<EnterpriseTag>, scale: EnterpriseScale): string {
  const [a, b] = shuffle(rng, [...node.products]);
  const body = node.service ? `主要提供${a}、${b}等${pick(rng, SERVICE_WORDS)}` : `主要从事${a}、${b}的${pick(rng, ACTIVITIES)}`;
  const first = `公司${body}，${pick(rng, node.markets)}。`;
  // At most one more sentence, from the firm's strongest tag, so intros stay one or two sentences long.
  let second = '';
  if (tags.has('链主企业')) second = '公司为行业龙头企业，带动一批上下游配套企业集聚发展。';
  else if (tags.has('世界500强')) second = '公司为世界500强企业在华投资主体。';
  else if (tags.has('中国500强')) second = '公司所属集团位列中国企业500强。';
  else if (tags.has('上市公司')) second = '公司已在A股上市，近年来持续扩充产能。';
  else if (tags.has('独角兽')) second = '公司已完成多轮融资，估值超过10亿美元。';
  else if (tags.has('专精特新"小巨人"')) second = '公司为国家级专精特新"小巨人"企业。';
  else if (tags.has('专精特新')) second = '公司为省级专精特新中小企业。';
  else if (tags.has('高新技术企业') && rng() < 0.5) second = '公司为国家高新技术企业，拥有多项发明专利。';
  else if (scale === 'large' && rng() < 0.5) second = '公司在全国设有多个生产基地。';
  return first + second;
}

/** The last eight digits: serial × odd, non-multiple-of-5 constant mod 10^8 is a bijection, so no two serials collide. */
function mobileFor(rng: Rng, serial: number): string {
  const tail = (serial * 48271237 + 20250317) % 100000000;
  return pick(rng, MOBILE_PREFIXES) + String(tail).padStart(8, '0');
}

function personName(rng: Rng): { name: string; surnamePy: string; givenPy: string } {
  const [surname, surnamePy] = rng() < 0.6 ? pick(rng, SURNAMES.slice(0, 20)) : pick(rng, SURNAMES);
  const [last, lastPy] = pick(rng, GIVEN_LAST);
  if (rng() < 0.35) return { name: surname + last, surnamePy, givenPy: lastPy };
  const [first, firstPy] = pick(rng, GIVEN_FIRST);
  return { name: surname + first + last, surnamePy, givenPy: firstPy + lastPy };
}

function wechatFor(rng: Rng, py: string): string {
  const r = rng();
  if (r < 0.25) return '';
  if (r < 0.55) return `${py}${1965 + Math.floor(rng() * 31)}`;
  if (r < 0.75) return `${py}_${String(Math.floor(rng() * 100)).padStart(2, '0')}`;
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return `wxid_${Array.from({ length: 12 }, () => pick(rng, alphabet.split(''))).join('')}`;
}

/** 1–3 contacts; contact k of enterprise `index` uses mobile serial index*3+k, so mobiles are unique in the list. */
function contactsFor(rng: Rng, index: number, domain: string, scale: EnterpriseScale, joinStock: boolean): DemoContact[] {
  const count = weighted(rng, [1, 2, 3], (k) => [4, 4, 2][k - 1]);
  const titles = shuffle(rng, [...TITLES[scale], ...(joinStock ? ['董事会秘书'] : [])]).slice(0, count);
  const primary = Math.floor(rng() * count);
  const names = new Set<string>();
  const locals = new Set<string>();
  return titles.map((title, k) => {
    let person = personName(rng);
    while (names.has(person.name)) person = personName(rng);
    names.add(person.name);
    const py = person.surnamePy + person.givenPy;
    const style = rng();
    let local = style < 0.5 ? py : style < 0.8 ? `${py}${1 + Math.floor(rng() * 99)}` : `${person.givenPy}.${person.surnamePy}`;
    while (locals.has(local)) local += 'x';
    locals.add(local);
    return {
      name: person.name,
      title,
      mobile: mobileFor(rng, index * 3 + k),
      email: `${local}@${domain}`,
      wechat: wechatFor(rng, py),
      isPrimary: k === primary,
    };
  });
}

function sortTags(tags: Set<EnterpriseTag>): string[] {
  // The schema's ranking order (链主企业 first), which is also how the tag chips are listed.
  const order: readonly EnterpriseTag[] = ['链主企业', '世界500强', '中国500强', '上市公司', '专精特新"小巨人"', '专精特新', '高新技术企业', '独角兽'];
  return order.filter((t) => tags.has(t));
}

function webFor(py: string, code: string, index: number): { website: string; domain: string } {
  const domain = `${py}${code}${index + 1}.com.cn`;
  return { website: `https://www.${domain}`, domain };
}

function regularEnterprise(index: number, slot: Slot, tags: Set<EnterpriseTag>, usedCores: Set<string>): DemoEnterprise {
  const rng = streamRng(3, index);
  const chain = DEMO_ENTERPRISE_PROFILES[slot.chain];
  const node = slot.node === null ? null : chain.nodes[slot.node];
  // An unplaced firm still makes something in the chain; it just hasn't been put on a node yet.
  const content = node ?? pick(rng, chain.nodes);
  const region = weighted(rng, REGIONS, (r) => r.weight * (chain.regionBoost[r.city] ?? 1));
  const capital = capitalFor(rng, tags);
  const scale = scaleFor(capital);

  // One brand per chain and one core per list, so the only look-alike names are the documented pairs.
  let brand = pick(rng, BRANDS);
  let word = pick(rng, content.words);
  // The one-brand-per-chain rule gives way first when a large count has used up the brands.
  for (let tries = 0; tries < 2000; tries++) {
    const echoes = [...brand[0]].some((ch) => word.includes(ch)); // 泓芯芯片 reads like a typo
    const chainTaken = tries < 300 && usedCores.has(`${slot.chain}:${brand[0]}`);
    if (!echoes && !chainTaken && !usedCores.has(coreKey(brand[0], word))) break;
    brand = pick(rng, BRANDS);
    word = pick(rng, content.words);
  }
  const { tech, form } = legalFor(rng, word, tags, capital);
  usedCores.add(coreKey(brand[0], word + tech));
  usedCores.add(`${slot.chain}:${brand[0]}`);
  const style = rng();
  const foreign = form.startsWith('（');
  const prefix = !foreign && style < 0.3 ? region.city : '';
  // A bracketed city goes before 有限公司 but never splits 集团有限公司.
  const bracket = !foreign && !form.startsWith('集团') && style >= 0.3 && style < 0.38 ? `（${region.city}）` : '';
  const name = `${prefix}${brand[0]}${word}${tech}${bracket}${form}`;

  const { website, domain } = webFor(brand[1], chain.code, index);
  return {
    name,
    province: region.province,
    city: region.city,
    industry: content.industry,
    chainName: chain.chain,
    nodeName: node?.node ?? null,
    chainAction: actionFor(rng, slot.chain, node),
    tags: sortTags(tags),
    registeredCapital: capital,
    scale,
    website,
    address: addressIn(rng, region),
    intro: introFor(rng, content, tags, scale),
    source: weighted(rng, SOURCES, (s) => s[1])[0],
    contacts: contactsFor(rng, index, domain, scale, form.includes('股份')),
  };
}

interface PairSpec {
  names: [string, string];
  sources: [string, string];
  actions: [ChainAction | null, ChainAction | null];
  addresses: [string, string];
  py: string;
  base: Omit<DemoEnterprise, 'name' | 'source' | 'chainAction' | 'address' | 'website' | 'contacts'>;
}

// The same firm entered twice, written differently: what the duplicate guard (lib/enterprise-name.ts nameKey)
// must catch. Each pair gives one nameKey: legal form 股份有限公司 vs 有限公司; a bracketed （中国）; a bracketed
// city plus 有限责任公司. Their brand words appear nowhere else in the list.
const NEAR_DUPLICATE_PAIRS: PairSpec[] = [
  {
    names: ['澜垣汽车零部件股份有限公司', '澜垣汽车零部件有限公司'],
    sources: ['以商招商', '企业库导入'],
    actions: ['extend', 'extend'],
    addresses: ['长春市汽车经济技术开发区通达路166号', '长春汽车经开区通达路166号3号楼'],
    py: 'lanyuan',
    base: {
      province: '吉林', city: '长春', industry: '汽车零部件制造', chainName: '汽车及零部件', nodeName: '底盘与车身件',
      tags: ['专精特新', '高新技术企业'], registeredCapital: 6800, scale: 'medium',
      intro: '公司主要从事商用车车架总成和驾驶室冲压焊接件的研发与制造，是多家轻型卡车整车厂的一级供应商。',
    },
  },
  {
    names: ['诺岚生物科技（中国）有限公司', '诺岚生物科技有限公司'],
    sources: ['展会招商', '中介招商'],
    actions: ['extend', null],
    addresses: ['上海市浦东新区汇智路88号5号楼', '上海市浦东新区汇智路88号'],
    py: 'nuolan',
    base: {
      province: '上海', city: '上海', industry: '生物医药', chainName: '医药健康', nodeName: '生物医药',
      tags: ['世界500强'], registeredCapital: 120000, scale: 'large',
      intro: '公司主要从事单克隆抗体和重组蛋白药物的研发与生产，多个品种处于临床试验阶段。公司为世界500强企业在华投资主体。',
    },
  },
  {
    names: ['擎屿氢能科技（苏州）有限公司', '擎屿氢能科技有限责任公司'],
    sources: ['定点招商', '部门推荐'],
    actions: ['supplement', 'extend'],
    addresses: ['苏州市相城区启航路218号', '苏州市相城区启航路218号2栋'],
    py: 'qingyu',
    base: {
      province: '江苏', city: '苏州', industry: '燃料电池', chainName: '氢能源', nodeName: '燃料电池',
      tags: ['专精特新"小巨人"', '高新技术企业'], registeredCapital: 15000, scale: 'medium',
      intro: '公司主要从事燃料电池电堆和膜电极的研发与生产，产品配套氢燃料电池重卡和物流车。',
    },
  },
];

function pairEnterprises(firstIndex: number): DemoEnterprise[] {
  const out: DemoEnterprise[] = [];
  NEAR_DUPLICATE_PAIRS.forEach((pair, p) => {
    const code = DEMO_ENTERPRISE_PROFILES.find((c) => c.chain === pair.base.chainName)?.code ?? 'co';
    let primary: DemoContact | undefined;
    for (let twin = 0; twin < 2; twin++) {
      const index = firstIndex + p * 2 + twin;
      const rng = streamRng(4, index);
      const { website, domain } = webFor(pair.py, code, index);
      const contacts = contactsFor(rng, index, domain, pair.base.scale, pair.names[twin].includes('股份'));
      // The second record names the same person as main contact, as another team would have met the same people.
      if (primary) {
        const seen = primary;
        const main = contacts.findIndex((c) => c.isPrimary);
        contacts[main] = { ...contacts[main], name: seen.name, title: seen.title, email: `${seen.email.split('@')[0]}@${domain}`, wechat: seen.wechat };
        const clash = contacts.findIndex((c, k) => k !== main && (c.name === seen.name || c.title === seen.title));
        if (clash >= 0) contacts.splice(clash, 1);
      }
      primary = contacts.find((c) => c.isPrimary);
      out.push({
        ...pair.base,
        tags: [...pair.base.tags],
        name: pair.names[twin],
        source: pair.sources[twin],
        chainAction: pair.actions[twin],
        address: pair.addresses[twin],
        website,
        contacts,
      });
    }
  });
  return out;
}

/** Deterministic: the same list on every call (fixed-seed PRNG, never Math.random). The near-duplicate pairs
 *  are the last six entries (when count ≥ 12). */
export function demoEnterprises(count = 300): DemoEnterprise[] {
  const total = Math.max(0, Math.floor(count));
  const pairs = total >= 12 ? NEAR_DUPLICATE_PAIRS.length * 2 : 0;
  const slots = allocateSlots(total - pairs);
  const tags = assignTags(slots);
  // The pairs' brand words are not in BRANDS, so no regular firm can look like them.
  const usedCores = new Set<string>();
  const list = slots.map((slot, i) => regularEnterprise(i, slot, tags[i], usedCores));
  return pairs ? [...list, ...pairEnterprises(list.length)] : list;
}
