/* ClaimCheck triage: keyboard shortcuts for the queue and the claim desk, and small htmx glue.
   Everything here is an extra: each action is a plain form that works with JavaScript off. */
(function () {
  "use strict";

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return el.isContentEditable || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
  }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll(".queue-row")); }

  function currentRow() {
    var active = document.activeElement;
    var row = active && active.closest ? active.closest(".queue-row") : null;
    return row || document.querySelector(".queue-row.current");
  }

  function focusRow(row) {
    if (!row) return;
    rows().forEach(function (r) { r.classList.remove("current"); r.removeAttribute("aria-current"); });
    row.classList.add("current");
    row.setAttribute("aria-current", "true");
    var link = row.querySelector(".claim-link");
    if (link) { link.focus(); }
    row.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var i = all.indexOf(currentRow());
    var next = i < 0 ? all[step > 0 ? 0 : all.length - 1] : all[Math.min(all.length - 1, Math.max(0, i + step))];
    focusRow(next);
  }

  // The place a shortcut acts on: the chosen queue row, or the whole desk.
  function scope() {
    if (document.querySelector("[data-page=desk]")) return document.querySelector("[data-page=desk]");
    return currentRow();
  }

  function submit(form) {
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  function assignToMe() {
    var where = scope();
    if (!where) return;
    submit(where.querySelector("#assign-me-form, form.assign-me"));
  }

  function menuItems(menu) { return Array.prototype.slice.call(menu.querySelectorAll(".menu-item")); }

  function openStatusMenu() {
    var where = scope();
    var menu = where && where.querySelector("[data-status-menu]");
    if (!menu) return;
    menu.open = true;
    var first = menuItems(menu)[0];
    if (first) first.focus();
  }

  function showShortcuts() {
    var dialog = document.getElementById("shortcuts");
    if (dialog && !dialog.open) dialog.showModal();
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    var menu = document.activeElement && document.activeElement.closest &&
      document.activeElement.closest("[data-status-menu]");
    if (menu && menu.open) {
      var items = menuItems(menu), at = items.indexOf(document.activeElement);
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        var target = items[(at + step + items.length) % items.length];
        if (target) target.focus();
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        menu.open = false;
        menu.querySelector("summary").focus();
        return;
      }
    }
    if (typing(event.target)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    if (document.querySelector("dialog[open]")) return;
    switch (event.key) {
      case "j": case "ArrowDown":
        if (rows().length) { event.preventDefault(); move(1); }
        break;
      case "k": case "ArrowUp":
        if (rows().length) { event.preventDefault(); move(-1); }
        break;
      case "Enter":
        var row = currentRow();
        if (row && event.target === document.body) {
          event.preventDefault();
          row.querySelector(".claim-link").click();
        }
        break;
      case "a":
        event.preventDefault(); assignToMe(); break;
      case "s":
        event.preventDefault(); openStatusMenu(); break;
      case "/":
        var search = document.getElementById("id_q");
        if (search) { event.preventDefault(); search.focus(); search.select(); }
        break;
      case "?":
        event.preventDefault(); showShortcuts(); break;
    }
  });

  document.addEventListener("focusin", function (event) {
    var row = event.target.closest && event.target.closest(".queue-row");
    if (row && !row.classList.contains("current")) {
      rows().forEach(function (r) { r.classList.remove("current"); r.removeAttribute("aria-current"); });
      row.classList.add("current");
      row.setAttribute("aria-current", "true");
    }
  });

  // A refused action (conflict, bad input) comes back as 409/422/403 with the form re-rendered
  // and what the user typed still in it: show it rather than dropping it as an error.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 409 || status === 422 || status === 403) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // After a save on the desk, every other form there must carry the claim's new version,
  // or the user's own next save would be refused as a conflict with themselves.
  document.body.addEventListener("claimVersion", function (event) {
    var detail = event.detail || {};
    document.querySelectorAll('input[data-claim-version="' + detail.claim + '"], [data-page=desk] input[type=hidden][name$=version]')
      .forEach(function (input) { input.value = detail.version; });
  });

  // After an htmx swap, put focus back somewhere sensible for keyboard users.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (target && target.id && target.id.indexOf("row-") === 0) {
      var row = document.getElementById(target.id);
      if (row) focusRow(row);
    }
  });
})();
