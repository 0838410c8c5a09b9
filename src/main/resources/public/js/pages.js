// Small enhancements on every page; each page works without them.
// - A confirmation after a form was sent (#confirmation, marked data-focus) takes the focus, so a
//   screen reader reads it and keyboard users start from it.
// - A button marked data-busy says so while its form is being sent and cannot be pressed twice:
//   publishing a change can take a moment.
// - A picker (input data-picker="people" or "processes") offers names as you type, from the same
//   API the pages use; without it the server takes a name or a code as typed.
// - A form marked data-guard="ID" warns once before it is sent while the form ID has unsaved input.
// - A wide table that scrolls sideways in its frame (on a phone) can be scrolled with the keyboard:
//   the frame takes the focus and is named after the table.
(function () {
  "use strict";
  function scrollable() {
    Array.prototype.forEach.call(document.querySelectorAll(".table-wrap"), function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth) {
        var caption = wrap.querySelector("caption");
        var heading = wrap.previousElementSibling;
        var name = caption ? caption.textContent : heading ? heading.textContent : "";
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        if (name.trim()) {
          wrap.setAttribute("aria-label", name.trim());
        }
      } else if (wrap.getAttribute("role") === "region") {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }
  scrollable();
  window.addEventListener("resize", scrollable);
  var focus = document.querySelector("[data-focus]");
  if (focus) {
    focus.focus();
  }

  function changed(form) {
    var fields = form.querySelectorAll("input:not([type=hidden]), textarea, select");
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.tagName === "SELECT") {
        for (var j = 0; j < f.options.length; j++) {
          if (f.options[j].selected !== f.options[j].defaultSelected) {
            return true;
          }
        }
      } else if (f.value !== f.defaultValue) {
        return true;
      }
    }
    return false;
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var guard = form.getAttribute("data-guard");
    var guarded = guard && document.getElementById(guard);
    if (guarded && !form.hasAttribute("data-warned") && changed(guarded)) {
      event.preventDefault();
      form.setAttribute("data-warned", "true");
      var warning = document.getElementById("dirty-warning");
      if (warning) {
        warning.classList.remove("hidden");
        warning.focus();
      }
      return;
    }
    var button = event.submitter;
    if (!button || !button.hasAttribute("data-busy")) {
      return;
    }
    if (button.getAttribute("aria-disabled") === "true") {
      event.preventDefault();
      return;
    }
    button.setAttribute("aria-disabled", "true");
    form.setAttribute("aria-busy", "true");
    button.textContent = button.getAttribute("data-busy");
  });

  var sources = {
    people: function (q) {
      return "/api/people?q=" + encodeURIComponent(q);
    },
    processes: function (q) {
      return "/api/search?size=10&q=" + encodeURIComponent(q);
    }
  };
  function options(kind, data) {
    if (kind === "people") {
      return data.slice(0, 20).map(function (p) {
        return { value: p.name + " (" + p.id + ")", label: p.title || "" };
      });
    }
    return (data.items || []).map(function (h) {
      return { value: h.code + " " + h.name, label: "" };
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-picker]"), function (input) {
    var kind = input.getAttribute("data-picker");
    var list = document.getElementById(input.getAttribute("list"));
    if (!sources[kind] || !list) {
      return;
    }
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      var q = input.value.trim();
      clearTimeout(timer);
      if (q.length < 2 || q === asked || /\)$/.test(q)) {
        return;
      }
      timer = setTimeout(function () {
        asked = q;
        fetch(sources[kind](q), { headers: { Accept: "application/json" } })
          .then(function (r) {
            return r.ok ? r.json() : null;
          })
          .then(function (data) {
            if (!data) {
              return;
            }
            list.textContent = "";
            options(kind, data).forEach(function (o) {
              var option = document.createElement("option");
              option.value = o.value;
              if (o.label) {
                option.label = o.label;
              }
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 150);
    });
  });
})();

// Drawings ([data-diagram]): the boxes are links in the page's own SVG. With svg-pan-zoom (served
// from /public/vendor) the drawing zooms and pans in its frame and opens in full screen; it starts
// at a scale where every box is at least 24 px high. The drawing is one tab stop: the arrow keys
// move between its boxes (to the nearest box in that direction), Home and End to the first and
// last, plus and minus zoom. On a phone the list of the same elements is shown instead.
(function () {
  "use strict";
  var MIN_TARGET = 24;
  var narrow = window.matchMedia("(max-width: 599px)");

  function centre(el) {
    var r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }

  function nearest(links, from, key) {
    var c = centre(from);
    var best = null;
    var bestScore = Infinity;
    links.forEach(function (a) {
      if (a === from) {
        return;
      }
      var p = centre(a);
      var dx = p.x - c.x;
      var dy = p.y - c.y;
      var along = { ArrowRight: dx, ArrowLeft: -dx, ArrowDown: dy, ArrowUp: -dy }[key];
      var across = key === "ArrowRight" || key === "ArrowLeft" ? Math.abs(dy) : Math.abs(dx);
      if (along <= 1) {
        return;
      }
      var score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = a;
      }
    });
    return best;
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-diagram]"), function (figure) {
    var view = figure.querySelector(".diagram-view");
    var svg = view && view.querySelector("svg");
    if (!svg) {
      return;
    }
    var list = figure.parentElement.querySelector("[data-diagram-list]");
    if (list && narrow.matches) {
      list.open = true;
    }
    var links = Array.prototype.slice.call(svg.querySelectorAll("a"));
    links.forEach(function (a, i) {
      a.setAttribute("tabindex", i === 0 ? "0" : "-1");
    });
    var keys = figure.querySelector(".diagram-keys");
    if (keys) {
      keys.hidden = false;
      keys.id = keys.id || figure.id + "-keys";
      if (links.length) {
        links[0].setAttribute("aria-describedby", keys.id);
      }
    }
    var zoom = null;

    function show(a) {
      if (!zoom) {
        return;
      }
      var box = a.getBoundingClientRect();
      var frame = view.getBoundingClientRect();
      var dx = 0;
      var dy = 0;
      if (box.left < frame.left || box.right > frame.right) {
        dx = frame.left + frame.width / 2 - (box.left + box.width / 2);
      }
      if (box.top < frame.top || box.bottom > frame.bottom) {
        dy = frame.top + frame.height / 2 - (box.top + box.height / 2);
      }
      if (dx || dy) {
        zoom.panBy({ x: dx, y: dy });
      }
    }

    svg.addEventListener("keydown", function (event) {
      var current = document.activeElement;
      var i = links.indexOf(current);
      if (i < 0) {
        return;
      }
      var next = null;
      if (event.key === "Home") {
        next = links[0];
      } else if (event.key === "End") {
        next = links[links.length - 1];
      } else if (/^Arrow/.test(event.key)) {
        next = nearest(links, current, event.key);
      } else if (zoom && (event.key === "+" || event.key === "=")) {
        zoom.zoomIn();
      } else if (zoom && event.key === "-") {
        zoom.zoomOut();
      } else {
        return;
      }
      event.preventDefault();
      if (next) {
        current.setAttribute("tabindex", "-1");
        next.setAttribute("tabindex", "0");
        if (keys) {
          current.removeAttribute("aria-describedby");
          next.setAttribute("aria-describedby", keys.id);
        }
        next.focus();
        show(next);
      }
    });
    svg.addEventListener("focusin", function (event) {
      if (links.indexOf(event.target) >= 0) {
        show(event.target);
      }
    });

    if (typeof window.svgPanZoom !== "function") {
      return;
    }
    figure.classList.add("zoomable");
    zoom = window.svgPanZoom(svg, {
      fit: true,
      center: true,
      minZoom: 0.5,
      maxZoom: 20,
      zoomScaleSensitivity: 0.3,
      dblClickZoomEnabled: false,
      mouseWheelZoomEnabled: false
    });
    // Start where the smallest box is big enough to hit and to read, at the drawing's top left.
    function readable() {
      zoom.resize();
      zoom.fit();
      zoom.center();
      var smallest = Infinity;
      links.forEach(function (a) {
        var h = a.getBoundingClientRect().height;
        if (h > 0 && h < smallest) {
          smallest = h;
        }
      });
      if (smallest < MIN_TARGET) {
        zoom.zoomAtPoint(zoom.getZoom() * (MIN_TARGET / smallest), { x: 0, y: 0 });
        zoom.pan({ x: 0, y: 0 });
      }
    }
    readable();
    var tools = figure.querySelector(".diagram-tools");
    if (tools) {
      tools.hidden = false;
      tools.addEventListener("click", function (event) {
        var what = event.target.getAttribute("data-zoom");
        if (what === "in") {
          zoom.zoomIn();
        } else if (what === "out") {
          zoom.zoomOut();
        } else if (what === "reset") {
          zoom.resize();
          zoom.fit();
          zoom.center();
        } else if (what === "full" && figure.requestFullscreen) {
          figure.requestFullscreen();
        }
      });
    }
    document.addEventListener("fullscreenchange", function () {
      readable();
    });
  });
})();
