export default definePageConfig({
  navigationBarTitleText: '砍价',
  // WeChat shows 转发 and lets <Button openType="share"> work only with this.
  enableShareAppMessage: true,
});
