/** The demo zone's chain teams (DOMAIN.md): six leading chains plus the emerging AI park. */
export const DEMO_TEAMS = [
  { name: '汽车及零部件专班', chainFocus: '轻微型卡车、汽车零部件、车规级芯片与功率器件' },
  { name: '电子信息专班', chainFocus: '8英寸功率器件晶圆、先进功率半导体封装、集成电路' },
  { name: '医药健康专班', chainFocus: '制药智能装备、植物胶囊、生物医药' },
  { name: '食品专班', chainFocus: '啤酒产能升级与高端产品、食品加工' },
  { name: '智能装备制造专班', chainFocus: '研究院所、检验检测平台' },
  { name: '氢能源专班', chainFocus: '氢能装备产业园、测试中心、储运与工业应用' },
  { name: '人工智能产业园专班', chainFocus: '人工智能产业园（建链）' },
];
