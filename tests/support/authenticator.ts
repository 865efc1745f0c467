import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import { isoCBOR } from '@simplewebauthn/server/helpers'

type CBORType = Parameters<typeof isoCBOR.encode>[0]

/**
 * A software passkey (WebAuthn authenticator) for tests: an ES256 key pair from node:crypto,
 * 'none' attestation, CBOR through the encoder @simplewebauthn/server already ships. It
 * answers registration and sign-in challenges as a browser would post them to the app, and
 * lets a test say what the browser would have said (origin, RP ID, challenge, counter).
 *
 * @example const key = softPasskey(); const json = key.register({ challenge, origin, rpId })
 */
export function softPasskey() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const credentialId = randomBytes(16)
  let counter = 0
  return {
    id: credentialId.toString('base64url'),
    /** The counter the next answer will carry (after `signIn` it has risen by one). */
    get counter() {
      return counter
    },
    set counter(value: number) {
      counter = value
    },
    /** The JSON `navigator.credentials.create` gives after the browser's own serialization. */
    register(input: { challenge: string; origin: string; rpId: string }): string {
      const clientDataJSON = clientData('webauthn.create', input.challenge, input.origin)
      const authData = Buffer.concat([
        rpIdHash(input.rpId),
        Buffer.from([0x41]), // user present, attested credential data
        uint32(counter),
        Buffer.alloc(16), // AAGUID: none
        Buffer.from([0, credentialId.length]),
        credentialId,
        coseKey(publicKey),
      ])
      const attestationObject = isoCBOR.encode(
        new Map<string, CBORType>([
          ['fmt', 'none'],
          ['attStmt', new Map<string, CBORType>()],
          ['authData', new Uint8Array(authData)],
        ]),
      )
      return credentialJson(credentialId, {
        clientDataJSON: clientDataJSON.toString('base64url'),
        attestationObject: Buffer.from(attestationObject).toString('base64url'),
        transports: ['internal'],
      })
    },
    /** The JSON `navigator.credentials.get` gives; the counter rises first, as a key's does. */
    signIn(input: { challenge: string; origin: string; rpId: string; userHandle?: string }) {
      counter += 1
      const clientDataJSON = clientData('webauthn.get', input.challenge, input.origin)
      const authData = Buffer.concat([rpIdHash(input.rpId), Buffer.from([0x01]), uint32(counter)])
      const signature = signWith(privateKey, authData, clientDataJSON)
      return credentialJson(credentialId, {
        clientDataJSON: clientDataJSON.toString('base64url'),
        authenticatorData: authData.toString('base64url'),
        signature: signature.toString('base64url'),
        ...(input.userHandle ? { userHandle: input.userHandle } : {}),
      })
    },
  }
}

/** A PublicKeyCredential as JSON, the way public/passkey.js serializes one. */
function credentialJson(credentialId: Buffer, response: Record<string, unknown>): string {
  return JSON.stringify({
    id: credentialId.toString('base64url'),
    rawId: credentialId.toString('base64url'),
    type: 'public-key',
    response,
    clientExtensionResults: {},
  })
}

function clientData(type: string, challenge: string, origin: string): Buffer {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }))
}

function rpIdHash(rpId: string): Buffer {
  return createHash('sha256').update(rpId).digest()
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}

/** The public key as COSE_Key: EC2 (kty 2), ES256 (alg -7), P-256 (crv 1), x, y. */
function coseKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' })
  const key = new Map<number, number | Uint8Array>([
    [1, 2],
    [3, -7],
    [-1, 1],
    [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
    [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
  ])
  return Buffer.from(isoCBOR.encode(key))
}

/** ECDSA with SHA-256 over authenticatorData ‖ SHA-256(clientDataJSON), DER-encoded. */
function signWith(privateKey: KeyObject, authData: Buffer, clientDataJSON: Buffer): Buffer {
  const clientHash = createHash('sha256').update(clientDataJSON).digest()
  return sign('sha256', Buffer.concat([authData, clientHash]), privateKey)
}
