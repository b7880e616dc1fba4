/**
 * The demo shop. Fixed ids make seeding idempotent: a second boot finds the rows and leaves them alone,
 * including any edits made through the app.
 */
export const demoMerchant = {
  id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001',
  name: '小林鲜果铺',
  owner: { nickname: '林掌柜', avatarUrl: null },
};

export const demoRooms = [
  {
    id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101',
    title: '今晚八点 · 赣南脐橙产地直播',
    anchorName: '林掌柜',
    status: 'live' as const,
    hoursFromNow: null,
  },
  {
    id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0102',
    title: '周末草莓采摘专场预告',
    anchorName: '小林',
    status: 'scheduled' as const,
    hoursFromNow: 48,
  },
];

const id = (n: number) => `6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c${n.toString().padStart(4, '0')}`;

export const demoCategories = [
  { id: id(301), name: '水果', parentId: null, sort: 0 },
  { id: id(302), name: '柑橘橙柚', parentId: id(301), sort: 1 },
  { id: id(303), name: '莓果', parentId: id(301), sort: 2 },
  { id: id(304), name: '热带水果', parentId: id(301), sort: 3 },
  { id: id(305), name: '苹果梨', parentId: id(301), sort: 4 },
  { id: id(306), name: '坚果干货', parentId: null, sort: 5 },
];
const [, citrus, berries, tropical, apples, nuts] = demoCategories.map((c) => c.id);

export interface DemoSku {
  specValues: string[];
  priceFen: number;
  originalPriceFen?: number;
  stock: number;
}
export interface DemoGoods {
  id: string;
  title: string;
  categoryId: string | null;
  specs: Array<{ name: string; values: string[] }>;
  skus: DemoSku[];
  descriptionHtml: string;
}

const single = (priceFen: number, stock: number): DemoSku[] => [{ specValues: [], priceFen, stock }];
const about = (title: string) => `<p>${title}，产地直发，坏果包赔。</p>`;

/** The first goods, with the ids they always had; two of them come in several variants. */
const featured: DemoGoods[] = [
  {
    id: id(201), title: '赣南脐橙 5斤装 果径75mm+', categoryId: citrus ?? null,
    specs: [{ name: '规格', values: ['5斤', '10斤'] }, { name: '等级', values: ['标准', '精品'] }],
    skus: [
      { specValues: ['5斤', '标准'], priceFen: 3990, originalPriceFen: 4990, stock: 200 },
      { specValues: ['5斤', '精品'], priceFen: 4990, originalPriceFen: 5990, stock: 120 },
      { specValues: ['10斤', '标准'], priceFen: 6990, stock: 100 },
      { specValues: ['10斤', '精品'], priceFen: 8990, stock: 80 },
    ],
    descriptionHtml: '<p>赣南脐橙，<strong>果径75mm以上</strong>，现摘现发。</p><ul><li>标准：单果160g起</li><li>精品：单果200g起</li></ul>',
  },
  {
    id: id(202), title: '丹东99草莓 2斤 礼盒装', categoryId: berries ?? null,
    specs: [{ name: '规格', values: ['2斤', '3斤'] }],
    skus: [
      { specValues: ['2斤'], priceFen: 8800, originalPriceFen: 9900, stock: 80 },
      { specValues: ['3斤'], priceFen: 12800, stock: 40 },
    ],
    descriptionHtml: '<p>丹东99红颜草莓，冷链直发。</p>',
  },
  { id: id(203), title: '云南高山蓝莓 125g×4盒', categoryId: berries ?? null, specs: [], skus: single(5990, 300), descriptionHtml: about('云南高山蓝莓') },
  { id: id(204), title: '海南贵妃芒 3斤装', categoryId: tropical ?? null, specs: [], skus: single(2990, 0), descriptionHtml: about('海南贵妃芒') },
  { id: id(205), title: '新疆阿克苏冰糖心苹果 10斤', categoryId: apples ?? null, specs: [], skus: single(6980, 260), descriptionHtml: about('阿克苏冰糖心苹果') },
  { id: id(206), title: '四川爱媛38号果冻橙 5斤', categoryId: citrus ?? null, specs: [], skus: single(4590, 80), descriptionHtml: about('爱媛38号果冻橙') },
];

/** Enough more for the waterfall to have a second page; prices and stock follow from the index (no randomness). */
const more: Array<[string, string | undefined]> = [
  ['广西沃柑 5斤', citrus], ['福建琯溪蜜柚 2个装', citrus], ['湖南冰糖橙 8斤', citrus], ['浙江黄岩蜜橘 5斤', citrus], ['重庆奉节脐橙 10斤', citrus],
  ['辽宁蓝莓 大果 4盒', berries], ['红颜奶油草莓 3斤', berries], ['智利车厘子 JJ级 2斤', berries], ['树莓 鲜果 6盒', berries], ['桑葚 新鲜现摘 2斤', berries],
  ['海南金煌芒 5斤', tropical], ['泰国金枕榴莲 1个', tropical], ['越南红心火龙果 5斤', tropical], ['海南香水菠萝 4个', tropical], ['广西百香果 3斤', tropical],
  ['山东烟台红富士 10斤', apples], ['陕西洛川苹果 8斤', apples], ['砀山酥梨 10斤', apples], ['新疆库尔勒香梨 5斤', apples], ['云南丑苹果 5斤', apples],
  ['新疆薄皮核桃 2斤', nuts], ['临安山核桃仁 500g', nuts], ['东北松子 开口 1斤', nuts], ['新疆若羌红枣 3斤', nuts], ['每日坚果 30袋', nuts],
  ['陕西周至猕猴桃 5斤', undefined],
];
const generated: DemoGoods[] = more.map(([title, categoryId], i) => ({
  id: id(1001 + i),
  title,
  categoryId: categoryId ?? null,
  specs: [],
  skus: single(1990 + ((i * 1300) % 9000), 30 + ((i * 53) % 400)),
  descriptionHtml: about(title),
}));

export const demoGoods: DemoGoods[] = [...featured, ...generated];

/** The demo shop's customer-service FAQ rules (modules/support), tried in this order. */
export const demoSupportFaqs = [
  { keywords: ['发货', '几天到', '快递'], answer: '现货商品下单后 48 小时内发货，默认顺丰或中通，一般 2–4 天送达。' },
  { keywords: ['退货', '退款', '换货'], answer: '支持七天无理由退货：在“我的订单”里找到这笔订单，点“申请退款”即可。' },
  { keywords: ['优惠券', '红包'], answer: '直播间会不定时发红包和优惠券，关注直播间开播提醒就不会错过。' },
];
