export default definePageConfig({
  navigationBarTitleText: '邀请好友',
  // WeChat shows 转发 and lets <Button openType="share"> work only with this.
  enableShareAppMessage: true,
});
