// Puts each code cell's health badge beside that cell of the rendered notebook.
// The rendered HTML has one .nb-cell per notebook cell, in order; a badge is
// placed only where that element is a code cell, so a mismatch shows nothing
// rather than a wrong badge. The list in the "Cell health" section stays either way.
(function () {
  "use strict";
  function place() {
    var data = document.getElementById("cell-health-data");
    var notebook = document.querySelector(".notebook-content .nb-notebook");
    if (!data || !notebook) return;
    var badges;
    try { badges = JSON.parse(data.textContent); } catch (e) { return; }
    var cells = notebook.querySelectorAll(":scope > .nb-cell");
    badges.forEach(function (item) {
      var cell = cells[item.index];
      if (!cell || !cell.classList.contains("nb-code-cell")) return;
      var link = document.createElement("a");
      link.href = item.url;
      link.title = item.description;
      link.textContent = item.label;
      link.className = "badge text-decoration-none cell-health-inline " +
        (item.status === "healthy" ? "text-bg-success" :
          item.status === "unhealthy" ? "text-bg-danger" : "text-bg-light border");
      cell.insertBefore(link, cell.firstChild);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", place);
  } else {
    place();
  }
})();
