// Runs before the page is drawn: a blocking script in the head, kept tiny. The built page
// carries the first screen of the default address (build/prerender-plugin.ts); an address with
// settings in its query would show that screen for a moment before the app draws the right
// page, so the root stays hidden until the app has cleared it (src/main.tsx).
if (location.search.length > 1) {
  var gate = document.createElement('style');
  gate.id = 'prerender-gate';
  gate.textContent = '#root { display: none }';
  document.head.appendChild(gate);
}
