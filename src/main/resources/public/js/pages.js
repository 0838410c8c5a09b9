// Small enhancements on every page; each page works without them.
// - A confirmation after a form was sent (#confirmation, marked data-focus) takes the focus, so a
//   screen reader reads it and keyboard users start from it.
// - A button marked data-busy says so while its form is being sent and cannot be pressed twice:
//   publishing a change can take a moment.
(function () {
  "use strict";
  var focus = document.querySelector("[data-focus]");
  if (focus) {
    focus.focus();
  }
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    if (!button || !button.hasAttribute("data-busy")) {
      return;
    }
    if (button.getAttribute("aria-disabled") === "true") {
      event.preventDefault();
      return;
    }
    var form = event.target;
    button.setAttribute("aria-disabled", "true");
    form.setAttribute("aria-busy", "true");
    button.textContent = button.getAttribute("data-busy");
  });
})();
