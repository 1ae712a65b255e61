// The Jupyter clients' landing URLs end in #STAGE, #UPDATE or #CHANGE_REQ
// (protocol §4). The fragment never reaches the server, but the browser keeps
// it across redirects, so the pages it lands on read it here.
(function () {
  "use strict";

  // Only a plain word: nothing from the address bar is trusted further than that.
  var hash = /^#[A-Za-z0-9_-]{1,64}$/.test(window.location.hash) ? window.location.hash : "";
  if (!hash) {
    return;
  }

  function withFragment(next) {
    // Only a path on this site, and only once.
    if (!next || next.charAt(0) !== "/" || next.charAt(1) === "/" || next.indexOf("#") !== -1) {
      return next;
    }
    return next + hash;
  }

  // The sign-in page: come back to the landing URL *with* its fragment, so the
  // page after it still knows which step Jupyter asked for.
  document.querySelectorAll("input[name=next]").forEach(function (input) {
    input.value = withFragment(input.value);
  });
  document.querySelectorAll("a[href*='next=']").forEach(function (link) {
    var url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || !url.searchParams.has("next")) {
      return;
    }
    url.searchParams.set("next", withFragment(url.searchParams.get("next")));
    link.href = url.pathname + url.search;
  });
  var here = new URL(window.location.href);
  if (here.searchParams.has("next")) {
    // A reload of the sign-in page keeps it too.
    here.searchParams.set("next", withFragment(here.searchParams.get("next")));
    window.history.replaceState(null, "", here.pathname + here.search + here.hash);
  }

  // The new-version page: an editor who asked for a change request goes to
  // the change-request page instead.
  var handOff = document.querySelector("[data-change-request-url]");
  if (handOff && hash === "#CHANGE_REQ") {
    window.location.replace(handOff.getAttribute("data-change-request-url"));
  }
})();
