// The report view: each highlight shows its claim's card (the claim, its sources with their roles,
// its status) on hover and on keyboard focus; Escape or leaving hides it. The card is also the
// link's accessible description (aria-describedby), so a screen reader reads it without this.
(function () {
  "use strict";
  var shown = null;
  var anchor = null;

  function hide() {
    if (shown) { shown.hidden = true; }
    if (anchor) { anchor.classList.remove("is-active"); }
    shown = null;
    anchor = null;
  }

  function place(card, link) {
    var box = link.getBoundingClientRect();
    var width = card.offsetWidth;
    var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    card.style.left = (left + window.scrollX) + "px";
    card.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  function show(link) {
    var id = link.getAttribute("aria-describedby");
    var card = id && document.getElementById(id);
    if (!card || card === shown) { return; }
    hide();
    card.hidden = false;
    place(card, link);
    link.classList.add("is-active");
    shown = card;
    anchor = link;
  }

  function highlight(target) {
    return target && target.closest ? target.closest("#report-body [data-card]") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var link = highlight(event.target);
    if (link) { show(link); } else if (shown && !event.target.closest(".hl-card")) { hide(); }
  });
  document.addEventListener("focusin", function (event) {
    var link = highlight(event.target);
    if (link) { show(link); } else { hide(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
  });
}());
