/* ClaimCheck queue: the bulk bar shows only while claims are ticked.
   An extra: with JavaScript off the bar is always there and works as a plain form. */
(function () {
  "use strict";

  function update() {
    var bar = document.querySelector("[data-bulk-bar]");
    if (!bar) return;
    var ticked = document.querySelectorAll('input[type=checkbox][name=claims][form=bulk-form]:checked').length;
    bar.hidden = ticked === 0;
    var count = bar.querySelector("[data-ticked-count]");
    if (count) count.textContent = ticked ? "(" + ticked + " ticked)" : "";
  }

  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "claims") update();
  });
  // New rows after filtering, paging or a bulk action come unticked.
  document.addEventListener("htmx:afterSettle", update);
  update();
})();
