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
})()
