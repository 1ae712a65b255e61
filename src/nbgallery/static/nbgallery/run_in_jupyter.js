// "Run in Jupyter" on the notebook page (protocol §5.1): the browser fetches the
// notebook from the gallery and posts it to the user's own Jupyter server, through
// the "post/<name>" endpoint of the jupyterlab_nbgallery server extension, then
// opens it there in a new tab. The gallery and Jupyter never talk to each other.
//
// The request to Jupyter is a CORS "simple request" (POST, text/plain, no other
// header) on purpose: a PUT or a JSON content type would need a preflight, which
// Jupyter behind PKI proxies (and Firefox, for the original) could not pass. Not the
// original's form content type: Tornado parses such a body as a form and refuses
// one with 1000 or more "&" (common in notebooks with HTML or shell code).
//
// Whatever a user wrote (titles, environment names) only ever goes into the page as
// text, never as HTML.
(function () {
  "use strict";

  var button = document.getElementById("run-in-jupyter");
  if (!button || !window.bootstrap || !window.fetch) return;

  // Where each interface opens a file, after the server's base URL; "" (a server that
  // did not say, like the classic client) opens in JupyterLab. Must stay equal to
  // Environment.INTERFACE_PATHS: test_run_in_jupyter_script_knows_every_interface.py
  // compares them.
  var INTERFACE_PATHS = {
    lab: "lab/tree/",
    notebook: "notebooks/",
    classic: "nbclassic/notebooks/",
  };
  var MAX_TITLE = 220;
  var LABEL = button.textContent;

  var urls = button.dataset;
  var modal = function (id) {
    return bootstrap.Modal.getOrCreateInstance(document.getElementById(id));
  };
  var text = function (id, value) {
    document.getElementById(id).textContent = value;
  };

  // The environments as last fetched, so that a click can decide at once whether a
  // tab will be needed (see openBlankTab).
  var known = null;
  // The push waiting for "Replace it" in the overwrite dialog.
  var pending = null;
  var busy = false;

  function RunError(message, showSettings) {
    this.message = message;
    this.showSettings = Boolean(showSettings);
  }

  function setBusy(value) {
    busy = value;
    button.disabled = value;
    button.setAttribute("aria-busy", value ? "true" : "false");
    button.textContent = value ? "Sending to Jupyter…" : LABEL;
  }

  // --- The gallery's side ------------------------------------------------------------

  function fromGallery(url, what) {
    return fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).then(
      function (response) {
        if (!response.ok) {
          var hint =
            response.status === 401
              ? " Your session may have ended: reload the page and sign in again."
              : " Reload the page and try again.";
          throw new RunError("The gallery could not give " + what + " (it answered " +
            response.status + ")." + hint);
        }
        return response;
      },
      function () {
        throw new RunError("The gallery could not be reached for " + what +
          ". Check your network connection and try again.");
      }
    );
  }

  function loadEnvironments() {
    return fromGallery(urls.environmentsUrl, "your Jupyter environments")
      .then(function (response) { return response.json(); })
      .then(function (list) {
        known = list;
        return list;
      });
  }

  function loadNotebook() {
    return Promise.all([
      fromGallery(urls.metadataUrl, "this notebook's details").then(function (r) { return r.json(); }),
      fromGallery(urls.downloadUrl, "this notebook").then(function (r) { return r.text(); }),
    ]).then(function (answers) {
      return { name: fileName(answers[0].title || "Untitled"), content: JSON.parse(answers[1]) };
    });
  }

  // The original's rule: the first 220 characters of the title, "/" (a folder in
  // Jupyter) replaced by U+2215 "∕", then ".ipynb". Array.from counts characters,
  // not UTF-16 halves, so an emoji is never cut in two.
  function fileName(title) {
    return Array.from(title).slice(0, MAX_TITLE).join("").replace(/\//g, "\u2215") + ".ipynb";
  }

  // --- Jupyter's side ----------------------------------------------------------------

  function settingsSnippet() {
    return [
      'c.ServerApp.allow_origin = "' + window.location.origin + '"',
      "c.ServerApp.allow_credentials = True",
      "c.ServerApp.disable_check_xsrf = True",
    ].join("\n");
  }

  // The server's base URL with its trailing slash (the clients register it so, and
  // the gallery adds it, but an environment made in Django's admin may lack it).
  function base(environment) {
    var url = environment.url;
    return url.charAt(url.length - 1) === "/" ? url : url + "/";
  }

  function existsInJupyter(environment, name) {
    var url = base(environment) + "api/contents/" + encodeURIComponent(name) +
      "?content=0&_=" + Date.now();
    return fetch(url, { mode: "cors", credentials: "include" }).then(
      function (response) { return response.status === 200; },
      // Unreachable or refused: the post below says why, with the status it gets.
      function () { return false; }
    );
  }

  function refusal(environment, status) {
    var where = environment.name + " (" + environment.url + ")";
    // No 401 or 403 here: Jupyter refuses a visitor who is not signed in, or a post
    // without its XSRF token, before adding its CORS headers, so the page only sees
    // a failed request (the message in push() below covers those).
    if (status === 404) {
      return new RunError("Jupyter at " + where + " has no post/ endpoint (404): the " +
        "nbgallery extension (pip install jupyter-nbgallery) is not installed there, or " +
        "the server does not allow this gallery's origin.", true);
    }
    return new RunError("Jupyter at " + where + " answered " + status +
      " when sent the notebook.", true);
  }

  function push(environment, notebook, tab) {
    var name = notebook.name;
    setBusy(true);
    return fetch(base(environment) + "post/" + encodeURIComponent(name), {
      method: "POST",
      mode: "cors",
      credentials: "include",
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
      body: JSON.stringify({ type: "notebook", content: notebook.content }),
    })
      .then(
        function (response) {
          if (!response.ok) throw refusal(environment, response.status);
        },
        function () {
          throw new RunError("The Jupyter server " + environment.name + " (" + environment.url +
            ") could not be reached, or it does not allow this gallery. Check that it is " +
            "running at that address, that you are signed in to it in this browser, and " +
            "that its XSRF check is off (c.ServerApp.disable_check_xsrf = True).", true);
        }
      )
      .then(function () {
        var ui = environment.user_interface;
        var path = Object.prototype.hasOwnProperty.call(INTERFACE_PATHS, ui)
          ? INTERFACE_PATHS[ui] : INTERFACE_PATHS.lab;
        opened(environment, name, base(environment) + path + encodeURIComponent(name), tab);
      })
      .catch(function (error) {
        closeTab(tab);
        failed(error);
      })
      .then(function () { setBusy(false); });
  }

  // --- New tab ---------------------------------------------------------------------------

  // Popup blockers only let a page open a tab while it handles the user's click, and
  // the notebook is only sent after a few requests. So the tab is opened blank on the
  // click and given its address once Jupyter has the file; if a question comes up
  // instead (the file already exists) or it fails, the blank tab is closed again.
  function openBlankTab() {
    var tab = window.open("", "_blank");
    if (!tab) return null;
    try {
      tab.opener = null; // Jupyter's page gets no handle on this one
      tab.document.title = "Opening in Jupyter…";
      tab.document.body.textContent = "Sending the notebook to Jupyter…";
    } catch (ignored) {
      // The tab works without its placeholder text.
    }
    return tab;
  }

  function closeTab(tab) {
    if (tab && !tab.closed) tab.close();
  }

  function opened(environment, name, target, tab) {
    var shown = false;
    if (tab && !tab.closed) {
      tab.location.href = target;
      shown = true;
    } else {
      var late = window.open(target, "_blank");
      if (late) {
        late.opener = null;
        shown = true;
      }
    }
    text("rij-done-message", (shown ? "Opened " : "Sent ") + name + " in " + environment.name + ".");
    var link = document.getElementById("rij-done-link");
    link.href = target;
    link.textContent = shown ? "Open it again" : "Open it";
    bootstrap.Toast.getOrCreateInstance(document.getElementById("rij-done"), {
      autohide: shown,
    }).show();
  }

  // --- The flow --------------------------------------------------------------------------

  function failed(error) {
    var message = error instanceof RunError ? error.message
      : "Something went wrong: " + (error && error.message ? error.message : error);
    text("rij-error-message", message);
    text("rij-error-snippet", settingsSnippet());
    document.getElementById("rij-error-settings").hidden = !(error && error.showSettings);
    modal("rij-error").show();
  }

  function run(environment, tab) {
    setBusy(true);
    return loadNotebook()
      .then(function (notebook) {
        return existsInJupyter(environment, notebook.name).then(function (exists) {
          if (!exists) return push(environment, notebook, tab);
          closeTab(tab);
          pending = { environment: environment, notebook: notebook };
          text("rij-overwrite-file", notebook.name);
          text("rij-overwrite-environment", environment.name + " (" + environment.url + ")");
          setBusy(false);
          modal("rij-overwrite").show();
        });
      })
      .catch(function (error) {
        closeTab(tab);
        setBusy(false);
        failed(error);
      });
  }

  function choose(list) {
    var holder = document.getElementById("rij-pick-list");
    holder.replaceChildren();
    list.forEach(function (environment) {
      var choice = document.createElement("button");
      choice.type = "button";
      choice.className = "list-group-item list-group-item-action";
      var title = document.createElement("span");
      title.className = "fw-semibold d-block";
      title.textContent = environment.name;
      var address = document.createElement("span");
      address.className = "small text-body-secondary text-break";
      address.textContent = environment.url;
      choice.append(title, address);
      choice.addEventListener("click", function () {
        var tab = openBlankTab(); // now, while handling the click
        modal("rij-pick").hide();
        run(environment, tab);
      });
      holder.append(choice);
    });
    modal("rij-pick").show();
  }

  button.addEventListener("click", function () {
    if (busy) return;
    // With one environment known, the notebook goes straight there: open its tab now.
    var tab = known && known.length === 1 ? openBlankTab() : null;
    setBusy(true);
    // Asked again on every click: environments change in other tabs and in Jupyter.
    loadEnvironments().then(
      function (list) {
        setBusy(false);
        if (list.length === 1) return run(list[0], tab);
        closeTab(tab);
        if (list.length === 0) modal("rij-none").show();
        else choose(list);
      },
      function (error) {
        closeTab(tab);
        setBusy(false);
        failed(error);
      }
    );
  });

  document.getElementById("rij-overwrite-confirm").addEventListener("click", function () {
    if (!pending) return;
    var job = pending;
    pending = null;
    var tab = openBlankTab(); // now, while handling the click
    modal("rij-overwrite").hide();
    push(job.environment, job.notebook, tab);
  });

  document.getElementById("rij-overwrite").addEventListener("hidden.bs.modal", function () {
    pending = null;
  });

  // Known before the first click, so that the click can open the tab at once.
  loadEnvironments().catch(function () {
    known = null;
  });
})();
