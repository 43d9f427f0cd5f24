/**
 * Word pools for the benchmark's fictional enterprises and contacts. The chain and node industry words come
 * from the demo profiles (db/seed/enterprise-data.ts); what a million rows need beyond the demo is here.
 */

type Pair = readonly [string, string];

/** "汉 han,…" → [['汉','han'], …]: compact to write, and every character keeps its pinyin for web domains and e-mails. */
function pairs(list: string): Pair[] {
  return list.split(',').map((entry) => {
    const [char, py] = entry.trim().split(' ');
    return [char, py] as const;
  });
}

// Brands (字号) are a first and a second character drawn independently: 70 × 60 = 4,200 brands, so one brand such as
// 瀚川 names ~1 in 4,200 firms — the rare search — while industry words like 汽车 or 半导体 name a few percent.
export const BRAND_FIRST = pairs(
  '瀚 han,泓 hong,启 qi,博 bo,澄 cheng,珩 heng,栖 qi,衡 heng,熠 yi,沐 mu,岚 lan,翊 yi,骁 xiao,砺 li,瑾 jin,钧 jun,曜 yao,' +
    '舜 shun,霁 ji,珞 luo,棠 tang,蔚 wei,澈 che,峻 jun,昀 yun,乾 qian,弈 yi,璟 jing,炜 wei,柏 bai,琛 chen,铖 cheng,崇 chong,' +
    '斐 fei,禾 he,晟 sheng,崧 song,珑 long,皓 hao,鸿 hong,岱 dai,凌 ling,墨 mo,朔 shuo,奕 yi,泽 ze,钜 ju,旭 xu,卓 zhuo,灏 hao,' +
    '睿 rui,彦 yan,聿 yu,祺 qi,湛 zhan,晞 xi,锴 kai,颢 hao,琨 kun,淳 chun,恪 ke,昶 chang,珺 jun,曦 xi,砚 yan,谦 qian,峤 qiao,' +
    '霈 pei,韫 yun,棣 di',
);
export const BRAND_SECOND = pairs(
  '川 chuan,澜 lan,衍 yan,屿 yu,岳 yue,溯 su,垣 yuan,序 xu,航 hang,岭 ling,衡 heng,禾 he,泽 ze,森 sen,岩 yan,恒 heng,溪 xi,' +
    '岑 cen,远 yuan,舟 zhou,帆 fan,岱 dai,越 yue,屹 yi,霁 ji,霖 lin,澈 che,辰 chen,源 yuan,晖 hui,途 tu,锐 rui,瑞 rui,驰 chi,' +
    '峰 feng,拓 tuo,达 da,鼎 ding,邦 bang,诚 cheng,盛 sheng,茂 mao,创 chuang,德 de,通 tong,华 hua,信 xin,宇 yu,泰 tai,康 kang,' +
    '和 he,隆 long,兴 xing,安 an,嘉 jia,润 run,丰 feng,瀛 ying,湃 pai,致 zhi',
);

export interface Region {
  province: string;
  city: string;
  weight: number;
}

// A national library, weighted to the developed regions where officers are stationed (定点招商).
export const REGIONS: Region[] = [
  ['广东', '深圳', 12], ['广东', '广州', 6], ['广东', '东莞', 4], ['广东', '佛山', 3],
  ['江苏', '苏州', 10], ['江苏', '无锡', 5], ['江苏', '南京', 5], ['江苏', '常州', 3],
  ['上海', '上海', 12], ['浙江', '杭州', 7], ['浙江', '宁波', 4], ['浙江', '嘉兴', 2],
  ['北京', '北京', 10], ['天津', '天津', 3], ['山东', '青岛', 5], ['山东', '济南', 4], ['山东', '烟台', 2],
  ['吉林', '长春', 6], ['吉林', '吉林', 2], ['安徽', '合肥', 4], ['安徽', '芜湖', 2], ['湖北', '武汉', 4],
  ['四川', '成都', 4], ['陕西', '西安', 3], ['辽宁', '沈阳', 2], ['辽宁', '大连', 2], ['河南', '郑州', 3],
  ['湖南', '长沙', 3], ['福建', '厦门', 2], ['福建', '福州', 2], ['重庆', '重庆', 3], ['河北', '石家庄', 1.5],
  ['江西', '南昌', 1.5], ['黑龙江', '哈尔滨', 1.5],
].map(([province, city, weight]) => ({ province: province as string, city: city as string, weight: weight as number }));

/** Firms in the library that no chain has claimed yet: traders and holding companies imported in bulk. */
export const UNCHAINED = [
  { words: ['贸易', '商贸', '进出口'], industry: '批发和零售' },
  { words: ['实业', '投资', '控股'], industry: '商务服务' },
  { words: ['建设', '工程', '建材'], industry: '建筑业' },
];

export const ROADS = ['科技路', '创新大道', '高新大道', '科创路', '智造大道', '产业园路', '研发路', '兴业路', '云谷路', '锦绣路', '长兴路', '学府路', '星河路', '汇智路', '致远路'];

export const SOURCES: readonly (readonly [string, number])[] = [
  ['定点招商', 25], ['敲门招商', 14], ['以商招商', 15], ['展会招商', 15], ['中介招商', 8], ['部门推荐', 7], ['企业库导入', 16],
];

export const SURNAMES = pairs(
  '王 wang,李 li,张 zhang,刘 liu,陈 chen,杨 yang,赵 zhao,黄 huang,周 zhou,吴 wu,徐 xu,孙 sun,胡 hu,朱 zhu,高 gao,林 lin,何 he,' +
    '郭 guo,马 ma,罗 luo,梁 liang,宋 song,郑 zheng,谢 xie,韩 han,唐 tang,冯 feng,于 yu,董 dong,程 cheng,曹 cao,袁 yuan,邓 deng,' +
    '许 xu,傅 fu,沈 shen,曾 zeng,彭 peng,吕 lv,苏 su',
);
// Given-name characters by the place they usually take, so two-character given names read naturally.
export const GIVEN_FIRST = pairs(
  '晓 xiao,志 zhi,建 jian,国 guo,海 hai,文 wen,俊 jun,子 zi,思 si,嘉 jia,宇 yu,天 tian,立 li,永 yong,新 xin,明 ming,春 chun,' +
    '振 zhen,雨 yu,佳 jia,宏 hong,雪 xue,晨 chen',
);
export const GIVEN_LAST = pairs(
  '伟 wei,芳 fang,娜 na,敏 min,静 jing,丽 li,强 qiang,磊 lei,军 jun,洋 yang,勇 yong,艳 yan,杰 jie,涛 tao,超 chao,霞 xia,平 ping,' +
    '刚 gang,华 hua,辉 hui,浩 hao,鹏 peng,婷 ting,琳 lin,欣 xin,峰 feng,斌 bin,博 bo,凯 kai,亮 liang,睿 rui,怡 yi,颖 ying,楠 nan',
);

export const TITLES = ['董事长', '总经理', '副总经理', '投资总监', '战略发展部经理', '市场总监', '技术总监', '董事会秘书', '总经理助理', '综合部经理'];

export const MOBILE_PREFIXES = ['130', '133', '135', '136', '138', '139', '150', '152', '158', '159', '166', '177', '180', '186', '188', '189', '199'];
