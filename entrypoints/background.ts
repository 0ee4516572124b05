export default defineBackground(() => {
  // Wiring only: the service worker's logic lives in lib/ (see issue #3 and #4).
});
