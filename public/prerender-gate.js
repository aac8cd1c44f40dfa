// Runs before the page is drawn: a blocking script in the head, kept tiny (no modules, so it
// runs as soon as it is parsed).
//
// The built page carries the first screen of the default address (build/prerender-plugin.ts);
// an address with settings in its query would show that screen for a moment before the app
// draws the right page, so the root stays hidden until the app has cleared it (src/main.tsx).
if (location.search.length > 1) {
  var gate = document.createElement('style');
  gate.id = 'prerender-gate';
  gate.textContent = '#root { display: none }';
  document.head.appendChild(gate);
}

// A link to a lesson (`#overfitting`, `#overfitting-title`) starts fetching that lesson's
// files now, while the page is still being parsed, rather than once the app's first script
// runs. The build lists each lesson's files just above this script (#lesson-files).
(function () {
  var files, id;
  try {
    files = JSON.parse(document.getElementById('lesson-files').textContent);
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  for (var lesson in files) {
    if (id !== lesson && id.indexOf(lesson + '-') !== 0) continue;
    files[lesson].forEach(function (href) {
      var link = document.createElement('link');
      link.href = href;
      // Fetched as the app will fetch them (anonymous CORS), so the preloads are used.
      link.crossOrigin = '';
      if (/\.css$/.test(href)) {
        link.rel = 'preload';
        link.as = 'style';
      } else link.rel = 'modulepreload';
      document.head.appendChild(link);
    });
    return;
  }
})();

// The first screen is drawn in two frames rather than one: the header and the transport bar
// first, the lessons in the next frame. Drawn together, laying out that screen for the first
// time was one task of 45–60 ms on a 2-core machine (over the 50 ms that makes a click wait);
// split, each frame is a task of about 20 ms of CPU. The lessons' block keeps a height taller
// than any screen meanwhile, so the page's scrollbar is there from the first frame and nothing
// drawn moves when the lessons arrive. A link to a lesson or an address with settings draws
// another first screen, so it is left as it is.
if (location.search.length <= 1 && location.hash.length <= 1) {
  var lessonsLater = document.createElement('style');
  lessonsLater.id = 'lessons-next-frame';
  lessonsLater.textContent =
    '#lessons { content-visibility: hidden; contain-intrinsic-height: calc(100vh + 1000px) }';
  document.head.appendChild(lessonsLater);
  // A task queued during a frame runs after that frame is drawn. The first frame to hold the
  // lessons' block is the one waited for (a frame drawn while the page was still being parsed
  // would not be).
  var showLessonsAfterTheirFirstFrame = function () {
    requestAnimationFrame(function () {
      if (document.getElementById('lessons') === null) return showLessonsAfterTheirFirstFrame();
      setTimeout(function () {
        lessonsLater.remove();
      }, 0);
    });
  };
  showLessonsAfterTheirFirstFrame();
}
