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
