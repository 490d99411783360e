// Disclosure menus (the WAI-ARIA disclosure-navigation pattern): Services,
// Billing, Management Actions, and the phone's Menu button that folds the top
// bar. A button toggles the panel it controls. Escape closes the innermost
// open menu and returns focus to its button; focus leaving a menu, or a click
// outside it, closes it; in a menu list the arrow keys, Home and End move
// between the links.
//
// A panel that starts `hidden` (a menu list) is shown and hidden here; one
// that does not (the top bar) stays in the page, and portal.css folds it on
// narrow screens while its button says aria-expanded="false".
(function () {
  var disclosures = Array.prototype.map.call(document.querySelectorAll('[data-menu-button]'), function (button) {
    var panel = document.getElementById(button.getAttribute('aria-controls'));
    return { button: button, panel: panel, list: panel.hasAttribute('hidden') };
  });

  function within(disclosure, node) {
    return !!node && (disclosure.button.contains(node) || disclosure.panel.contains(node));
  }
  function isOpen(disclosure) {
    return disclosure.button.getAttribute('aria-expanded') === 'true';
  }
  /** The other disclosures inside this one's panel (Services and Billing inside the top bar). */
  function nestedIn(disclosure) {
    return disclosures.filter(function (other) { return other !== disclosure && disclosure.panel.contains(other.button); });
  }
  function setOpen(disclosure, open) {
    disclosure.button.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (disclosure.list) disclosure.panel.hidden = !open;
    if (!open) nestedIn(disclosure).forEach(function (inner) { setOpen(inner, false); });
  }
  function open(disclosure) {
    // Close the menus this one is not part of, so only one list shows at a time.
    disclosures.forEach(function (other) {
      if (other !== disclosure && isOpen(other) && !other.panel.contains(disclosure.button)) setOpen(other, false);
    });
    setOpen(disclosure, true);
  }
  function links(disclosure) {
    return Array.prototype.slice.call(disclosure.panel.querySelectorAll('a[href]'));
  }
  function focusLink(disclosure, index) {
    var items = links(disclosure);
    if (items.length === 0) return;
    items[(index + items.length) % items.length].focus();
  }
  /** The open disclosure holding the focus most closely: a submenu before the top bar around it. */
  function innermostAround(node) {
    var around = disclosures.filter(function (disclosure) { return isOpen(disclosure) && within(disclosure, node); });
    return around.filter(function (disclosure) {
      return !around.some(function (other) { return other !== disclosure && disclosure.panel.contains(other.button); });
    })[0];
  }

  disclosures.forEach(function (disclosure) {
    disclosure.button.addEventListener('click', function () {
      if (isOpen(disclosure)) setOpen(disclosure, false);
      else open(disclosure);
    });
    if (!disclosure.list) return;
    disclosure.button.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      open(disclosure);
      focusLink(disclosure, event.key === 'ArrowDown' ? 0 : -1);
    });
    disclosure.panel.addEventListener('keydown', function (event) {
      var items = links(disclosure);
      var at = items.indexOf(document.activeElement);
      var moves = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
      if (!(event.key in moves)) return;
      event.preventDefault(); // move the focus, not the page
      focusLink(disclosure, moves[event.key]);
    });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var innermost = innermostAround(document.activeElement);
    if (innermost) {
      setOpen(innermost, false);
      innermost.button.focus();
      event.preventDefault();
      return;
    }
    disclosures.forEach(function (disclosure) { if (disclosure.list) setOpen(disclosure, false); });
  });

  // A press inside a menu can blur its link before the click lands (Safari does not focus buttons on click):
  // that is not focus leaving the menu.
  var pressedInside = null;
  document.addEventListener('pointerdown', function (event) { pressedInside = event.target; }, true);
  document.addEventListener('focusout', function (event) {
    disclosures.forEach(function (disclosure) {
      if (!isOpen(disclosure) || !within(disclosure, event.target) || within(disclosure, event.relatedTarget)) return;
      if (!event.relatedTarget && within(disclosure, pressedInside)) return;
      setOpen(disclosure, false);
    });
  });
  document.addEventListener('click', function (event) {
    pressedInside = null;
    disclosures.forEach(function (disclosure) {
      if (isOpen(disclosure) && !within(disclosure, event.target)) setOpen(disclosure, false);
    });
  });
})();
