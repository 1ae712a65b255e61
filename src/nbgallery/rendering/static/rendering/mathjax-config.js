// MathJax 2.7 configuration for rendered notebooks. A file, not inline: our CSP
// forbids inline script, and MathJax reads window.MathJax when it loads, so this
// file must come first (both tags are `defer`, which keeps their order).
//
// Only elements the renderer marked `nb-math` are typeset: dollar signs in code,
// outputs or prose elsewhere on the page are left alone. The Safe extension
// (loaded through the config parameter) keeps \href, \style, \class and friends
// from carrying javascript: links or arbitrary styles out of notebook TeX.
window.MathJax = {
  skipStartupTypeset: true,
  messageStyle: "none",
  showMathMenu: true,
  tex2jax: {
    inlineMath: [["$", "$"], ["\\(", "\\)"]],
    displayMath: [["$$", "$$"], ["\\[", "\\]"]],
    processEscapes: true,
    processEnvironments: true,
    preview: "TeX"
  },
  TeX: {
    equationNumbers: { autoNumber: "AMS" },
    noUndefined: { attributes: { mathcolor: "red" } }
  },
  // The package ships the STIX-Web fonts only; image fonts would be fetched from
  // a path that does not exist.
  "HTML-CSS": {
    availableFonts: [],
    preferredFont: null,
    webFont: "STIX-Web",
    imageFont: null,
    linebreaks: { automatic: true }
  },
  // Only the HTML-CSS output is shipped: keep the menu from offering the others,
  // and skip the fast preview, which needs one of them.
  MathMenu: { showRenderer: false },
  "fast-preview": { disabled: true },
  Safe: {
    allow: { URLs: "safe", classes: "safe", cssIDs: "safe", styles: "safe", require: "safe" }
  },
  AuthorInit: function () {
    var typeset = function (root) {
      var nodes = (root || document).querySelectorAll(".nb-math");
      if (nodes.length) {
        window.MathJax.Hub.Queue(["Typeset", window.MathJax.Hub, Array.prototype.slice.call(nodes)]);
      }
    };
    window.MathJax.Hub.Register.StartupHook("End", function () {
      typeset(document);
      // Content that htmx swaps in later gets its math typeset too.
      document.body.addEventListener("htmx:afterSettle", function (event) {
        typeset(event.target);
      });
    });
  }
};
