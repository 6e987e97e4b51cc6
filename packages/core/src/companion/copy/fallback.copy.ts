// PRODUCT COPY — what the client reads when the configured language model fails mid-turn and the
// built-in engine answers instead (DESIGN.md, "The turn of a conversation"). Honest and short: the
// client should know the reply is simpler, without alarm and without technical words.

export const fallbackCopy = {
  /** Before the built-in reply when the model gave nothing usable. */
  beforeReply: "I'm having trouble finding my words right now, so this reply is a simpler one.",
  /** After a model reply that broke off part-way. */
  afterBrokenReply: "Sorry, I lost my thread there. Let me put it more simply.",
} as const;
