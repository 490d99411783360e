// Disclosure menus for the top navigation and Management Actions:
// a button toggles its list; Escape or a click elsewhere closes it.
(function () {
  var buttons = document.querySelectorAll('[data-menu-button]');
  function close(button) {
    button.setAttribute('aria-expanded', 'false');
    document.getElementById(button.getAttribute('aria-controls')).hidden = true;
  }
  buttons.forEach(function (button) {
    button.addEventListener('click', function (event) {
      event.stopPropagation();
      var open = button.getAttribute('aria-expanded') === 'true';
      buttons.forEach(close);
      if (!open) {
        button.setAttribute('aria-expanded', 'true');
        document.getElementById(button.getAttribute('aria-controls')).hidden = false;
      }
    });
  });
  document.addEventListener('click', function () { buttons.forEach(close); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') buttons.forEach(close);
  });
})();
