import type { LeadStage, MeetingKind } from '@/db/schema';

/** Where the lead stood when the meeting took place: early courting, the visits, the hard talks. */
export type Phase = 'early' | 'visit' | 'talks';
export const phaseOf = (stage: LeadStage): Phase => (stage === 'lead' || stage === 'contacted' ? 'early' : stage === 'site_visit' ? 'visit' : 'talks');

// 外出拜访 is most of the work in every phase; 来访接待 belongs to the visits and the talks (the firm comes to see the site).
export const KIND_WEIGHTS: Record<Phase, readonly (readonly [MeetingKind, number])[]> = {
  early: [['visit_out', 40], ['call', 25], ['video', 10], ['fair', 13], ['promotion', 12]],
  visit: [['visit_out', 40], ['inbound', 35], ['call', 15], ['video', 10]],
  talks: [['visit_out', 45], ['inbound', 25], ['call', 15], ['video', 15]],
};

// {firm} 企业简称, {project} 项目名, {contact} 对方联系人, {city} 企业所在城市.
export const SUMMARIES: Record<MeetingKind, Record<Phase, string[]>> = {
  visit_out: {
    early: ['赴{city}拜访{firm}，与{contact}座谈，介绍园区产业链布局和扶持政策，企业介绍了北方市场拓展计划。', '登门拜访{firm}，参观企业生产线，了解其产能规划和新建基地选址考虑。'],
    visit: ['赴{firm}总部回访，就{project}的选址条件、配套企业和物流成本交换意见。', '拜访{firm}，向{contact}汇报园区考察后企业关心问题的答复情况。'],
    talks: ['赴{firm}就{project}投资协议条款进行面谈，重点讨论用地价格、厂房代建和设备补贴。', '拜访{firm}决策层，{contact}表示项目已进入集团投资委员会审议。'],
  },
  inbound: {
    early: ['{firm}{contact}一行来园区座谈，初步了解产业基础和营商环境。'],
    visit: ['接待{firm}考察团来园区实地考察，参观标准厂房和链主企业，对配套条件较为认可。', '{contact}带队来访，察看拟选地块，听取规划、供电和环评情况介绍。'],
    talks: ['{firm}来园区就{project}进行第二轮洽谈，双方逐条讨论合同文本。', '接待{firm}财务和法务团队，核对项目投资测算和政策兑现方式。'],
  },
  call: {
    early: ['与{contact}电话沟通，确认企业有新建产能计划，约定近期上门拜访。', '电话联系{firm}投资部门，发送园区招商手册和产业政策。'],
    visit: ['电话跟进{contact}，确认考察行程和随行人员。', '与{contact}电话沟通考察后的疑问，承诺提供地块规划条件。'],
    talks: ['电话沟通协议修改意见，企业对税收返还条款仍有保留。', '与{contact}电话确认下一轮洽谈时间和参会人员。'],
  },
  video: {
    early: ['与{firm}视频会议，介绍园区{chain}产业链现状和缺失环节。'],
    visit: ['视频会议演示拟选地块和厂房方案，{contact}提出用电负荷需求。'],
    talks: ['视频会议讨论{project}投资协议文本，双方法务逐条核对。', '与{firm}集团总部视频会议，汇报园区可提供的政策组合。'],
  },
  fair: {
    early: ['在展会上与{firm}展位负责人交流，企业有意在北方布局生产基地，交换了联系方式。'],
    visit: ['展会期间再次会见{contact}，邀请其带队来园区考察。'],
    talks: ['展会期间与{contact}短暂会面，沟通协议推进节奏。'],
  },
  promotion: {
    early: ['{firm}代表参加园区{chain}产业链专题推介会，会后进行了一对一对接。', '在{city}举办的招商推介会上结识{contact}，企业对园区配套政策表示兴趣。'],
    visit: ['邀请{firm}参加园区推介会并安排会后实地察看。'],
    talks: ['推介会后与{contact}单独会谈，就签约时间初步达成意向。'],
  },
};

export const OUTCOMES: Record<Phase, string[]> = {
  early: ['企业同意提供项目初步方案。', '约定下月安排企业来园区考察。', '企业将内部评估后反馈投资意向。', ''],
  visit: ['企业对地块基本满意，待总部评估。', '需补充提供周边配套企业清单。', '企业提出用地和用电两项诉求，待会商答复。', ''],
  talks: ['协议主要条款基本达成一致，个别条款待请示。', '企业希望政策兑现节点提前，需报领导研究。', '约定下一轮洽谈前提供修改后的协议文本。'],
};

export const PLACES: Record<MeetingKind, string[]> = {
  visit_out: ['{city}·企业总部会议室', '{city}·企业生产基地'],
  inbound: ['管委会招商局会议室', '园区展厅及标准厂房', '拟选地块现场'],
  call: [''],
  video: ['视频会议'],
  fair: ['中国国际投资贸易洽谈会', '中国国际工业博览会', '上海国际汽车零部件展', 'SEMICON China'],
  promotion: ['{city}产业链招商推介会', '园区{chain}产业链专题推介会'],
};

export const FOLLOW_UP_TITLES: Record<Phase, string[]> = {
  early: ['向企业发送园区产业政策汇编', '邀请企业来园区实地考察', '整理企业基本情况报专班研判', '再次电话跟进企业投资意向'],
  visit: ['提供拟选地块规划条件', '整理考察中企业关心问题的答复', '对接供电公司确认用电负荷', '约企业决策层二次来访'],
  talks: ['提交协议修改稿给企业法务', '报领导审定扶持政策方案', '会同自然资源局确认供地时间', '准备集中签约活动材料'],
};

export const NOTES = [
  '企业近期完成新一轮融资，扩产意愿明显增强。',
  '据了解企业同时在比选长三角两处园区，需加快推进。',
  '链主企业表示愿意为该项目提供配套订单。',
  '企业对人才公寓和子女入学政策比较关心，已请人社局提供材料。',
  '项目环评类别为报告表，审批周期预计两个月。',
  '企业实际控制人近期将来北方出差，可安排领导会见。',
  '企业对标准厂房层高有特殊要求，需与平台公司确认。',
  '竞争园区给出的土地价格更低，需研究应对方案。',
];
