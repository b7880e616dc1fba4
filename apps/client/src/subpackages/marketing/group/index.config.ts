export default definePageConfig({
  navigationBarTitleText: '拼团详情',
  // WeChat shows 转发 and lets <Button openType="share"> work only with this.
  enableShareAppMessage: true,
});
