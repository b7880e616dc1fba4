export default definePageConfig({
  navigationBarTitleText: '种草',
  enablePullDownRefresh: true,
});
