export default defineAppConfig({
  // The main package holds the tab pages only; every flow lives in a sub-package.
  pages: ['pages/live/index', 'pages/mall/index', 'pages/me/index'],
  subPackages: [
    { root: 'subpackages/account', pages: ['login/index'] },
    { root: 'subpackages/redPacket', pages: ['verify/index'] },
    { root: 'subpackages/live', pages: ['room/index'] },
    { root: 'subpackages/host', pages: ['rooms/index', 'create/index', 'console/index', 'inbox/index'] },
    {
      root: 'subpackages/mall',
      pages: ['goods/index', 'cart/index', 'checkout/index', 'address/index', 'orders/index', 'order/index'],
    },
    // Coupons, flash sales, group buys, bargains and invites (issue 7).
    {
      root: 'subpackages/marketing',
      pages: [
        'coupons/index',
        'my-coupons/index',
        'flash-sales/index',
        'flash-sale/index',
        'group-buys/index',
        'group-buy/index',
        'group/index',
        'bargain/index',
        'bargains/index',
        'invite/index',
      ],
    },
    // Points, favourites, follows, history, inbox and settings (issue 8); the Me tab only links here.
    {
      root: 'subpackages/member',
      pages: ['points/index', 'favourites/index', 'follows/index', 'history/index', 'inbox/index', 'settings/index'],
    },
    // 种草 articles and short videos (issue 9); the mall tab and goods pages link here.
    { root: 'subpackages/content', pages: ['feed/index', 'detail/index'] },
    // Customer service (issue 9): the chat with a shop.
    { root: 'subpackages/service', pages: ['chat/index'] },
    // The seed article's route, which live-room links already point at; hence not under subpackages/.
    { root: 'pages/redPacket', pages: ['redPacket'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '直播商城',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#8a8f99',
    selectedColor: '#fe2c55',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    // 81×81 PNGs (mini-program tab bars take no SVG), drawn by a script, each under 1 KB.
    list: [
      { pagePath: 'pages/live/index', text: '直播', iconPath: 'assets/tabbar/live.png', selectedIconPath: 'assets/tabbar/live-active.png' },
      { pagePath: 'pages/mall/index', text: '商城', iconPath: 'assets/tabbar/mall.png', selectedIconPath: 'assets/tabbar/mall-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
});
