import type { MilestoneKind } from '@/db/schema';

/** What the officer writes on a milestone: when it is reached, while it is under way, when it is behind plan. */
export const MILESTONE_NOTES: Record<MilestoneKind, { done: string[]; going: string[]; late: string[] }> = {
  registered: {
    done: ['项目公司已在区内完成注册登记，取得营业执照。', '项目公司注册落地，纳统手续同步办理。'],
    going: ['项目公司名称已核准，注册材料准备中。'],
    late: ['集团内部审批流程未完成，项目公司注册推迟。'],
  },
  land: {
    done: ['地块已完成招拍挂，签订国有建设用地使用权出让合同。', '取得不动产权证书，完成交地。'],
    going: ['地块规划条件已出具，土地组卷报批中。', '地块征收补偿已完成，待挂牌出让。'],
    late: ['用地指标尚未落实，供地时间顺延。', '地块压覆矿产评估未完成，供地推迟。'],
  },
  construction: {
    done: ['取得施工许可证，桩基施工全面展开。', '主体结构施工中，钢结构厂房已封顶。', '厂房主体完工，设备陆续进场安装。', '举行开工仪式，土方及基础工程同步施工。'],
    going: ['施工图审查中，计划按期开工。', '施工总承包单位招标中。'],
    late: ['企业融资未完全到位，开工时间推迟。', '环评批复尚未取得，暂不具备开工条件。', '施工图设计调整，开工计划后延。'],
  },
  production: {
    done: ['首条生产线试生产成功，产品通过客户验证。', '项目竣工投产，当月实现产值。', '设备调试完成，正式投产并纳入规上统计。'],
    going: ['设备安装调试中，计划按期投产。', '生产线联动试车中。'],
    late: ['关键设备交付延迟，投产时间顺延。', '下游客户认证周期延长，投产推迟。'],
  },
};

/** The first entry is the registered capital; later ones pay for the build and the equipment. */
export const FIRST_FUNDS_NOTE = '注册资本金到位';
export const FUNDS_NOTES = ['土建工程款', '设备购置款', '股东增资款', '项目贷款到位', '流动资金', '设备购置款', '工程进度款'];

/** An agreement's title from the project's. */
export const agreementFor = (project: string, variant: number) => `${project.replace(/项目$/, '')}${variant % 2 ? '投资合作协议' : '项目投资协议书'}`;

export const projectNameFor = (product: string, kind: 'new' | 'expansion' | 'renovation', opts: { service?: boolean; ai?: boolean; variant: number }) => {
  if (opts.service) return `${product}区域运营中心项目`;
  if (opts.ai) return opts.variant % 2 ? `${product}研发及应用基地项目` : `${product}创新中心项目`;
  if (kind === 'renovation') return `${product}智能化技术改造项目`;
  if (kind === 'expansion') return `${product}扩产项目`;
  return opts.variant % 2 ? `${product}生产基地项目` : `${product}研发及产业化项目`;
};
