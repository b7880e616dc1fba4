export default definePageConfig({
  navigationBarTitleText: '新建直播间',
});
