export default definePageConfig({
  navigationBarTitleText: '商品详情',
  // WeChat shows 转发 in the menu and lets <Button openType="share"> work only with this.
  enableShareAppMessage: true,
});
