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
    if (!item.hasAttribute("aria-expanded")) {
      return;
    }
    if (open && item.getAttribute("data-lazy") === "true") {
      item.setAttribute("aria-busy", "true");
      load(item, 2).then(function () {
        item.removeAttribute("aria-busy");
        item.setAttribute("aria-expanded", "true");
      });
      return;
    }
    item.setAttribute("aria-expanded", open ? "true" : "false");
  }
  function focusItem(item) {
    items().forEach(function (i) {
      i.tabIndex = -1;
    });
    item.tabIndex = 0;
    item.focus();
  }

  // An item is expandable when its children are in the page (a group follows it) or when the
  // server left them out (data-lazy: levels below the third are fetched on first opening).
  function makeItem(a, first) {
    if (a.getAttribute("role") === "treeitem") {
      return;
    }
    a.setAttribute("role", "treeitem");
    a.tabIndex = first ? 0 : -1;
    if (group(a) || a.getAttribute("data-lazy") === "true") {
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
  }
  function adopt(root) {
    root.querySelectorAll("li").forEach(function (li) {
      li.setAttribute("role", "none");
    });
    root.querySelectorAll("ul").forEach(function (ul) {
      ul.setAttribute("role", "group");
    });
    root.querySelectorAll("a.label").forEach(function (a) {
      makeItem(a, false);
    });
  }
  tree.querySelectorAll("li").forEach(function (li) {
    li.setAttribute("role", "none");
  });
  tree.querySelectorAll("ul").forEach(function (ul) {
    ul.setAttribute("role", "group");
  });
  tree.querySelectorAll("a.label").forEach(function (a, index) {
    makeItem(a, index === 0);
  });

  // Nested lists from /api/tree nodes, built with text nodes only (names stay inert).
  function build(nodes) {
    var ul = document.createElement("ul");
    nodes.forEach(function (n) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/processer/" + encodeURIComponent(n.code);
      a.className = "label";
      a.setAttribute("data-code", n.code);
      var code = document.createElement("span");
      code.className = "code";
      code.textContent = n.code;
      var name = document.createElement("span");
      name.className = "name";
      name.textContent = n.name;
      a.appendChild(code);
      a.appendChild(name);
      li.appendChild(a);
      if (n.children && n.children.length) {
        li.appendChild(build(n.children));
      } else if (n.childCount > 0) {
        a.setAttribute("data-lazy", "true");
      }
      ul.appendChild(li);
    });
    return ul;
  }
  // Fetches the branch under a lazy item (depth levels) and puts it in the page.
  function load(item, depth) {
    if (item.getAttribute("data-lazy") !== "true") {
      return Promise.resolve(item);
    }
    var code = item.getAttribute("data-code");
    return fetch("/api/tree?root=" + encodeURIComponent(code) + "&depth=" + depth, {
      headers: { Accept: "application/json" }
    })
      .then(function (r) {
        return r.ok ? r.json() : [];
      })
      .then(function (nodes) {
        if (item.getAttribute("data-lazy") !== "true" || !nodes.length) {
          return item;
        }
        var ul = build(nodes[0].children || []);
        item.removeAttribute("data-lazy");
        item.parentElement.appendChild(ul);
        adopt(ul);
        return item;
      });
  }

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
        } else if (item.getAttribute("aria-expanded") === "true" && group(item)) {
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
  // The item of a code, fetching the branch of its deepest ancestor in the page when needed.
  function reveal(code) {
    var sel = "a[data-code='" + CSS.escape(code) + "']";
    var a = tree.querySelector(sel);
    if (a) {
      return Promise.resolve(a);
    }
    var parts = code.split(".");
    for (var n = parts.length - 1; n > 0; n--) {
      var anc = tree.querySelector("a[data-code='" + CSS.escape(parts.slice(0, n).join(".")) + "']");
      if (anc) {
        return load(anc, 5).then(function () {
          return tree.querySelector(sel);
        });
      }
    }
    return Promise.resolve(null);
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
        var hits = page.items || [];
        // Branches one at a time: hits under one processgrupp share one fetch.
        var chain = Promise.resolve(0);
        hits.forEach(function (hit) {
          chain = chain.then(function (found) {
            return reveal(hit.code).then(function (a) {
              if (!a || ticket !== asked) return found;
              a.classList.add("match");
              highlight(a.querySelector(".name"), words);
              openTo(a);
              return found + 1;
            });
          });
        });
        return chain.then(function (found) {
          if (ticket !== asked) return;
          say(typeof page.total === "number" ? Math.max(found, page.total) : found);
        });
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
