// Applies the chosen colour theme before the page paints. "auto" follows the
// operating system and changes with it. (A file, not inline: our CSP forbids inline script.)
(function () {
  var root = document.documentElement;
  if ((root.dataset.themePreference || "auto") !== "auto") return;
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  var apply = function () { root.setAttribute("data-bs-theme", dark.matches ? "dark" : "light"); };
  apply();
  dark.addEventListener("change", apply);
})();
