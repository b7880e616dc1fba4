export default definePageConfig({
  navigationBarTitleText: '红包公平性验证',
});
