import { describe, expect, test } from 'vitest'
import { noticeChannels } from '../../src/domain/notice-channels.js'

describe('how a client hears of a change staff make', () => {
  const none = { email: null, sms: false, phone: null, volunteerEmail: null }
  test('by email when they gave one, the volunteer only when they did not', () => {
    expect(noticeChannels({ ...none, email: 'a@example.org', volunteerEmail: 'v@x.test' })).toEqual(
      ['email'],
    )
    expect(noticeChannels({ ...none, volunteerEmail: 'v@x.test' })).toEqual(['volunteer'])
  })
  test('by text only when they asked for texts and the number is there', () => {
    expect(noticeChannels({ ...none, sms: true, phone: '+31612345678' })).toEqual(['sms'])
    expect(noticeChannels({ ...none, sms: false, phone: '+31612345678' })).toEqual([])
    expect(noticeChannels({ ...none, sms: true, phone: null })).toEqual([])
    expect(
      noticeChannels({ ...none, email: 'a@example.org', sms: true, phone: '+31612345678' }),
    ).toEqual(['email', 'sms'])
  })
  test('nobody, when there is no way', () => {
    expect(noticeChannels(none)).toEqual([])
  })
})
