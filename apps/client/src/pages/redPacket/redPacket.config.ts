export default definePageConfig({
  navigationBarTitleText: '红包',
  navigationBarBackgroundColor: '#d8453a',
  navigationBarTextStyle: 'white',
  backgroundColor: '#f5f6f8',
});
