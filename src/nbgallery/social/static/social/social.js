// In-place updates of the social parts of the notebook page (htmx).
//
// htmx does not swap 4xx answers by default. Ours carry the form again with
// the message saying what to fix (400), or the block with the reason for a
// refusal (403), so they are swapped like any other answer.
(function () {
  "use strict";
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    var target = event.detail.target;
    if ((status === 400 || status === 403) && target && target.closest("[data-social]")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
