/** Lower-case, NFKC (full-width → half-width), all whitespace removed: the form searches compare against. */
export function searchForm(text: string): string {
  // NFKC first: it turns 'Ａ' into 'A', which must then still be lower-cased.
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Distinct adjacent character pairs, in first-seen order; split by code point so a surrogate pair stays one character. */
function bigrams(chars: string[]): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}

/** The distinct 2-character grams of searchForm(name), e.g. '华为技术有限公司' → ['华为','为技','技术','术有','有限','限公','公司'].
 *  A 1-character name gives [that character]. Used for a GIN-indexed text[] column so that a 2+ character substring
 *  search can be answered by `name_grams @> queryGrams(q)` and then rechecked with LIKE on searchForm. */
export function nameGrams(name: string): string[] {
  const chars = Array.from(searchForm(name));
  return chars.length === 1 ? chars : bigrams(chars);
}

/** The grams a search string must all be contained in: distinct 2-grams of searchForm(q); [] when q has fewer than 2 characters.
 *  `@> '{}'` matches every row, so callers must not treat [] as a filter: a 1-character search needs LIKE alone. */
export function queryGrams(q: string): string[] {
  return bigrams(Array.from(searchForm(q)));
}

// Bracket characters as they look after searchForm: NFKC has already turned （）［］ into ()[], but leaves 【】 alone.
const OPEN = '([【';
const CLOSE = ')\\]】';

// Region words that may appear in brackets in a registered name (企业名称登记管理规定): the country, the provincial-level
// divisions, and the prefecture-level cities this CRM sees most often. Lower case because keys are built from searchForm.
const REGION_WORDS = [
  '中国', 'china',
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门',
  '长春', '深圳', '苏州', '杭州', '青岛', '成都', '武汉', '广州', '南京', '西安', '大连', '沈阳', '宁波', '厦门', '无锡',
];
// Any bracketed name ending in an administrative suffix (e.g. （吉林省）, （长春市）) counts as a region word too.
const BRACKETED_REGION = new RegExp(`[${OPEN}](?:${REGION_WORDS.join('|')}|\\p{Script=Han}+(?:省|市|自治区|特别行政区))[${CLOSE}]`, 'gu');

// Alternatives are tried left to right at each position, so longer forms must come before the forms they contain.
const LEGAL_FORMS = /股份有限公司|有限责任公司|有限公司|股份公司|集团|公司/g;
const BRACKETS = new RegExp(`[${OPEN}${CLOSE}]`, 'g');

/** Name for duplicate detection: searchForm, then strip brackets and bracketed region words like （中国）(中国)（上海）,
 *  and legal-form words 股份有限公司, 有限责任公司, 有限公司, 股份公司, 集团, 公司 (longest first, anywhere), and
 *  all bracket characters （）()【】[] full- and half-width. E.g. '长春一汽富维（中国）汽车零部件股份有限公司' and
 *  '长春一汽富维汽车零部件有限公司' give the same key; ' 华为技术 有限公司 ' and '华为技术有限责任公司' give the same key.
 *  When nothing would be left (e.g. '有限公司', '（中国）集团') the key is searchForm(name) instead, so such names are not
 *  all reported as duplicates of one another under an empty key. */
export function nameKey(name: string): string {
  const form = searchForm(name);
  const key = form.replace(BRACKETED_REGION, '').replace(LEGAL_FORMS, '').replace(BRACKETS, '');
  return key === '' ? form : key;
}
