// The tree browser (/processer) as a WAI-ARIA navigation tree, and search as you type.
// Without JavaScript the page is nested lists of links, and the search form goes to /sok.
(function () {
  "use strict";
  var tree = document.getElementById("tree");
  if (!tree) {
    return;
  }
  var keys = document.getElementById("tree-keys");
  tree.setAttribute("role", "tree");
  if (keys) {
    keys.classList.remove("hidden");
    tree.setAttribute("aria-describedby", "tree-keys");
  }

  function items() {
    return Array.prototype.slice.call(tree.querySelectorAll("a[role='treeitem']"));
  }
  function group(item) {
    var next = item.nextElementSibling;
    return next && next.tagName === "UL" ? next : null;
  }
  function visible(item) {
    var li = item.parentElement;
    while (li && li !== tree) {
      var ul = li.parentElement;
      if (ul === tree) {
        return true;
      }
      var owner = ul.previousElementSibling;
      if (owner && owner.getAttribute("aria-expanded") === "false") {
        return false;
      }
      li = ul.parentElement;
    }
    return true;
  }
  function parentItem(item) {
    var ul = item.parentElement.parentElement;
    if (ul === tree) {
      return null;
    }
    return ul.previousElementSibling;
  }
  function setExpanded(item, open) {
    if (item.hasAttribute("aria-expanded")) {
      item.setAttribute("aria-expanded", open ? "true" : "false");
    }
  }
  function focusItem(item) {
    items().forEach(function (i) {
      i.tabIndex = -1;
    });
    item.tabIndex = 0;
    item.focus();
  }

  tree.querySelectorAll("li").forEach(function (li) {
    li.setAttribute("role", "none");
  });
  tree.querySelectorAll("ul").forEach(function (ul) {
    ul.setAttribute("role", "group");
  });
  tree.querySelectorAll("a.label").forEach(function (a, index) {
    a.setAttribute("role", "treeitem");
    a.tabIndex = index === 0 ? 0 : -1;
    var g = group(a);
    if (g) {
      a.setAttribute("aria-expanded", "false");
      var toggle = document.createElement("span");
      toggle.className = "toggle";
      toggle.setAttribute("aria-hidden", "true");
      toggle.addEventListener("click", function () {
        setExpanded(a, a.getAttribute("aria-expanded") !== "true");
        focusItem(a);
      });
      a.parentElement.insertBefore(toggle, a);
    }
  });

  tree.addEventListener("keydown", function (event) {
    var item = event.target;
    if (item.getAttribute("role") !== "treeitem") {
      return;
    }
    var shown = items().filter(visible);
    var at = shown.indexOf(item);
    var handled = true;
    switch (event.key) {
      case "ArrowDown":
        if (at < shown.length - 1) focusItem(shown[at + 1]);
        break;
      case "ArrowUp":
        if (at > 0) focusItem(shown[at - 1]);
        break;
      case "ArrowRight":
        if (item.getAttribute("aria-expanded") === "false") {
          setExpanded(item, true);
        } else if (item.getAttribute("aria-expanded") === "true") {
          focusItem(group(item).querySelector("a[role='treeitem']"));
        }
        break;
      case "ArrowLeft":
        if (item.getAttribute("aria-expanded") === "true") {
          setExpanded(item, false);
        } else if (parentItem(item)) {
          focusItem(parentItem(item));
        }
        break;
      case "Home":
        focusItem(shown[0]);
        break;
      case "End":
        focusItem(shown[shown.length - 1]);
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  });

  // Search as you type against /api/search: matches highlighted, their branches opened.
  var input = document.getElementById("tree-q");
  var status = document.getElementById("tree-status");
  var timer = null;
  var asked = 0;

  function clearMarks() {
    tree.querySelectorAll("mark").forEach(function (m) {
      m.replaceWith(document.createTextNode(m.textContent));
    });
    tree.querySelectorAll(".name").forEach(function (n) {
      n.normalize();
    });
    tree.querySelectorAll(".match").forEach(function (a) {
      a.classList.remove("match");
    });
  }
  function highlight(nameSpan, words) {
    var text = nameSpan.textContent;
    var lower = text.toLocaleLowerCase("sv");
    var ranges = [];
    words.forEach(function (w) {
      var from = 0;
      var i;
      while (w && (i = lower.indexOf(w, from)) >= 0) {
        ranges.push([i, i + w.length]);
        from = i + w.length;
      }
    });
    if (ranges.length === 0) {
      return;
    }
    ranges.sort(function (a, b) {
      return a[0] - b[0];
    });
    var out = document.createDocumentFragment();
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] < pos) return;
      out.appendChild(document.createTextNode(text.slice(pos, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      out.appendChild(mark);
      pos = r[1];
    });
    out.appendChild(document.createTextNode(text.slice(pos)));
    nameSpan.textContent = "";
    nameSpan.appendChild(out);
  }
  function openTo(item) {
    var p = parentItem(item);
    while (p) {
      setExpanded(p, true);
      p = parentItem(p);
    }
  }
  function say(count) {
    var text =
      count === 0
        ? status.getAttribute("data-none")
        : count === 1
          ? status.getAttribute("data-one")
          : status.getAttribute("data-many").replace("{0}", String(count));
    status.textContent = text;
  }
  function run() {
    var q = input.value.trim();
    clearMarks();
    if (q.length < 2) {
      status.textContent = "";
      return;
    }
    var ticket = ++asked;
    fetch("/api/search?q=" + encodeURIComponent(q) + "&page=1&size=100", {
      headers: { Accept: "application/json" }
    })
      .then(function (r) {
        return r.ok ? r.json() : { items: [], total: 0 };
      })
      .then(function (page) {
        if (ticket !== asked) return;
        var words = q.toLocaleLowerCase("sv").split(/\s+/);
        var found = 0;
        (page.items || []).forEach(function (hit) {
          var a = tree.querySelector("a[data-code='" + CSS.escape(hit.code) + "']");
          if (!a) return;
          found++;
          a.classList.add("match");
          highlight(a.querySelector(".name"), words);
          openTo(a);
        });
        say(typeof page.total === "number" ? Math.max(found, page.total) : found);
      })
      .catch(function () {
        status.textContent = "";
      });
  }
  if (input && status) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
  }
})();
