import type { SegmentRole } from '../types.js'

/** Roles that may stand for one another across translations: all prose paragraphs are one family. */
export function roleFamily(role: SegmentRole): 'title' | 'question' | 'answer' | 'prose' | 'boilerplate' {
  if (role === 'intro' || role === 'body' || role === 'heading') return 'prose'
  // Code is not translated: like furniture, it fills no slot.
  if (role === 'code') return 'boilerplate'
  return role
}
