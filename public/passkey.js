// Passkeys on the two-factor page and at sign-in (docs/decisions/0035-passkeys.md). Only
// pages with a passkey form load this. The server renders the WebAuthn options into the
// form's data-options (JSON, binary values in base64url); this asks the browser's
// authenticator, puts its answer (JSON, base64url) in the form's hidden "credential"
// field and sends the form as any other. Without JavaScript, or in a browser without
// WebAuthn, the passkey buttons stay hidden and the text that says so stays visible.
;(function () {
  'use strict'
  if (!window.PublicKeyCredential || !navigator.credentials) return

  function toBytes(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/')
    while (base64.length % 4) base64 += '='
    var binary = atob(base64)
    var bytes = new Uint8Array(binary.length)
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes.buffer
  }

  function toText(buffer) {
    if (!buffer) return undefined
    var bytes = new Uint8Array(buffer)
    var binary = ''
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i])
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  }

  function withIds(list) {
    return (list || []).map(function (c) {
      return { type: c.type || 'public-key', id: toBytes(c.id), transports: c.transports }
    })
  }

  function creationOptions(json) {
    var o = Object.assign({}, json)
    o.challenge = toBytes(json.challenge)
    o.user = Object.assign({}, json.user, { id: toBytes(json.user.id) })
    o.excludeCredentials = withIds(json.excludeCredentials)
    return o
  }

  function requestOptions(json) {
    var o = Object.assign({}, json)
    o.challenge = toBytes(json.challenge)
    o.allowCredentials = withIds(json.allowCredentials)
    return o
  }

  function common(credential) {
    return {
      id: credential.id,
      rawId: toText(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment || undefined,
      clientExtensionResults: credential.getClientExtensionResults(),
    }
  }

  function registration(credential) {
    var json = common(credential)
    var r = credential.response
    json.response = {
      clientDataJSON: toText(r.clientDataJSON),
      attestationObject: toText(r.attestationObject),
      transports: r.getTransports ? r.getTransports() : [],
    }
    return json
  }

  function assertion(credential) {
    var json = common(credential)
    var r = credential.response
    json.response = {
      clientDataJSON: toText(r.clientDataJSON),
      authenticatorData: toText(r.authenticatorData),
      signature: toText(r.signature),
      userHandle: toText(r.userHandle),
    }
    return json
  }

  function showProblem(form) {
    var problem = form.querySelector('[data-passkey-problem]')
    if (!problem) return
    problem.hidden = false
    problem.focus()
  }

  function handle(form, ask, serialize) {
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      if (form.hasAttribute('data-busy')) return
      if (form.reportValidity && !form.reportValidity()) return
      form.setAttribute('data-busy', '')
      var options = JSON.parse(form.getAttribute('data-options'))
      ask(options)
        .then(function (credential) {
          form.querySelector('input[name="credential"]').value = JSON.stringify(
            serialize(credential),
          )
          form.submit()
        })
        .catch(function () {
          form.removeAttribute('data-busy')
          showProblem(form)
        })
    })
  }

  document.addEventListener('DOMContentLoaded', function () {
    var i
    var hidden = document.querySelectorAll('[data-passkey-js]')
    for (i = 0; i < hidden.length; i++) hidden[i].hidden = false
    var explanations = document.querySelectorAll('[data-passkey-no-js]')
    for (i = 0; i < explanations.length; i++) explanations[i].hidden = true

    var registers = document.querySelectorAll('form[data-passkey-register]')
    for (i = 0; i < registers.length; i++) {
      handle(
        registers[i],
        function (options) {
          return navigator.credentials.create({ publicKey: creationOptions(options) })
        },
        registration,
      )
    }
    var signIns = document.querySelectorAll('form[data-passkey-sign-in]')
    for (i = 0; i < signIns.length; i++) {
      handle(
        signIns[i],
        function (options) {
          return navigator.credentials.get({ publicKey: requestOptions(options) })
        },
        assertion,
      )
    }
  })
})()
