// In-place updates of the change-request page (htmx).
//
// htmx does not swap 4xx answers by default. Ours carry the review block again
// with the reason (400 bad input, 409 already closed or a newer version needs
// confirming), so they are swapped like any other answer.
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    var target = event.detail.target;
    if (status >= 400 && status < 500 && target && target.closest("[data-change-request]")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // The diff tabs: mark the chosen one, once htmx has swapped its diff in.
  document.addEventListener("click", function (event) {
    var tab = event.target.closest("[data-diff-tab]");
    if (!tab) return;
    document.querySelectorAll("[data-diff-tab]").forEach(function (other) {
      var chosen = other === tab;
      other.classList.toggle("active", chosen);
      if (chosen) other.setAttribute("aria-current", "page");
      else other.removeAttribute("aria-current");
    });
  });
})();
