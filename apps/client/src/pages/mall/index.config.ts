export default definePageConfig({
  navigationBarTitleText: '商城',
  // The waterfall scrolls inside its ScrollView (which refreshes itself); the page does not scroll.
  disableScroll: true,
});
