/** The demo zone's departments (职能部门) that handle 企业诉求, each with the desk an officer rings when a request stalls. */
export const DEMO_DEPARTMENTS: readonly { name: string; phone: string }[] = [
  { name: '自然资源局', phone: '0531-88162301' },
  { name: '行政审批局', phone: '0531-88162518' },
  { name: '税务局', phone: '0531-88163266' },
  { name: '人社局', phone: '0531-88164172' },
  { name: '供电公司', phone: '0531-88165095' },
  { name: '住建局', phone: '0531-88166310' },
  { name: '市场监管局', phone: '0531-88167028' },
  { name: '金融办', phone: '0531-88168136' },
];
