// Section 4: in-browser timings (popup first frame, article painted), to be measured with puppeteer.
// HOOK: not implemented yet. Replace the body with the real measurement and return, for example,
//   { popupFirstFrameMs, articlePaintedMs, browser: 'chromium 1xx', runs: N }
// run.mjs prints whatever object comes back and adds it to the JSON; null means "not measured".
export async function browserSection(/* { quick } */) {
  console.log('\n4. Browser timings\nbrowser timings: not measured yet');
  return null;
}
