import type { OutboxMessage, OutboxRow, StoredMessage } from '../db/schema.js'
import { clientMessages, clientTexts, counselorInvitations } from './compose.js'
import type { MessageRecipe, OutboxEntry } from './message-parts.js'

/*
 * A booking change writes its messages' recipes, not the messages (ADR 56): the request
 * decides who is told what (the rows, their kinds, recipients, Message-IDs and times) and
 * the worker composes each message when it sends it, with the same composer and the same
 * inputs, so it is the message the change would have written.
 */

/** What an entry stores in its outbox row: its recipe where it has one, else the message. */
export function storedMessage(entry: OutboxEntry): StoredMessage {
  return entry.recipe ? { recipe: entry.recipe } : entry.message
}

/** A row as the worker sends it: its message composed. */
export type ComposedRow = Omit<OutboxRow, 'message'> & { message: OutboxMessage }

/** JSON keeps a recipe's times as strings; its composers want them as dates. */
function revived(stored: StoredMessage & { recipe: unknown }): MessageRecipe {
  const recipe = stored.recipe as MessageRecipe
  const booking = recipe.context.booking
  return {
    ...recipe,
    context: {
      ...recipe.context,
      booking: {
        ...booking,
        starts_at: new Date(booking.starts_at),
        ends_at: new Date(booking.ends_at),
        updated_at: new Date(booking.updated_at),
      },
    },
  }
}

function entriesOf(recipe: MessageRecipe, counselors: MessageRecipe[]): OutboxEntry[] {
  switch (recipe.of) {
    case 'invitation':
      return counselorInvitations(
        recipe.context,
        recipe.change,
        counselors.map((r) => (r.of === 'invitation' ? r.counselor : null)!),
      )
    case 'client-email':
      return clientMessages(recipe.context, recipe.change, recipe.options)
    case 'client-text':
      return clientTexts(recipe.context, recipe.change, recipe.options)
  }
}

/**
 * The claimed rows with their messages composed; a row whose recipe yields no message
 * with its Message-ID (a recipe this version cannot read) gets `null`, to be marked failed.
 * One change's invitations are composed together, once per staff locale (ADR 52).
 *
 * @example for (const { row, message } of composeClaimed(claimed)) …
 */
export function composeClaimed(
  rows: OutboxRow[],
): Array<{ row: OutboxRow; message: OutboxMessage | null }> {
  const groups = new Map<string, Array<{ row: OutboxRow; recipe: MessageRecipe }>>()
  for (const row of rows) {
    if (!('recipe' in row.message)) continue
    let recipe: MessageRecipe
    try {
      recipe = revived(row.message)
    } catch {
      continue
    }
    // A change's invitations differ only in their counselor.
    const key =
      recipe.of === 'invitation' ? JSON.stringify({ ...recipe, counselor: null }) : `${row.id}`
    const group = groups.get(key) ?? []
    group.push({ row, recipe })
    groups.set(key, group)
  }
  const composed = new Map<string, OutboxMessage>()
  for (const group of groups.values()) {
    let entries: OutboxEntry[]
    try {
      entries = entriesOf(
        group[0]!.recipe,
        group.map((member) => member.recipe),
      )
    } catch {
      continue
    }
    for (const { row } of group) {
      const entry = entries.find((e) => e.messageId === row.message_id)
      if (entry) composed.set(row.id, entry.message)
    }
  }
  return rows.map((row) => ({
    row,
    message: 'recipe' in row.message ? (composed.get(row.id) ?? null) : row.message,
  }))
}
