// Spreekuur's only script of its own. Everything works without it; it moves keyboard
// and screen-reader focus to what just appeared, so nobody is left at the old spot.
;(function () {
  'use strict'
  var SELECTOR = '[data-focus-after-swap]:not([data-focused])'

  function focusNew() {
    var el = document.querySelector(SELECTOR)
    if (!el) return
    el.setAttribute('data-focused', '')
    el.focus({ preventScroll: false })
  }

  document.addEventListener('DOMContentLoaded', function () {
    // On a full page load only a problem (error summary, "just taken") takes focus.
    var all = document.querySelectorAll(SELECTOR)
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('role') === 'alert') {
        all[i].setAttribute('data-focused', '')
        all[i].focus()
      } else {
        all[i].setAttribute('data-focused', '')
      }
    }
  })
  document.addEventListener('htmx:after:swap', focusNew)

  // On a slow phone a booking takes a while: the button says it is busy, and a second tap
  // sends nothing more (so a nervous double tap does not book twice). A kindness on top of
  // the server's own checks, which hold without this script.
  document.addEventListener('submit', function (event) {
    var form = event.target
    var button = form.querySelector('button[data-busy-label]')
    if (!button) return
    if (form.hasAttribute('data-busy')) {
      event.preventDefault()
      return
    }
    form.setAttribute('data-busy', '')
    button.setAttribute('aria-disabled', 'true')
    button.setAttribute('data-label', button.textContent)
    button.textContent = button.getAttribute('data-busy-label')
  })
  // Back from the next page (back-forward cache): the form is ready again.
  window.addEventListener('pageshow', function () {
    var forms = document.querySelectorAll('form[data-busy]')
    for (var i = 0; i < forms.length; i++) {
      var button = forms[i].querySelector('button[data-busy-label]')
      forms[i].removeAttribute('data-busy')
      if (button) {
        button.removeAttribute('aria-disabled')
        button.textContent = button.getAttribute('data-label')
      }
    }
  })
})()
