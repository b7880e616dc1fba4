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

export const demoGoods = [
  { id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0201', title: '赣南脐橙 5斤装 果径75mm+', priceFen: 3990, stock: 500 },
  { id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0202', title: '丹东99草莓 2斤 礼盒装', priceFen: 8800, stock: 120 },
  { id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0203', title: '云南高山蓝莓 125g×4盒', priceFen: 5990, stock: 300 },
  { id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0204', title: '海南贵妃芒 3斤装', priceFen: 2990, stock: 0 },
  { id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0205', title: '新疆阿克苏冰糖心苹果 10斤', priceFen: 6980, stock: 260 },
  { id: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0206', title: '四川爱媛38号果冻橙 5斤', priceFen: 4590, stock: 80 },
];
