/// The page of a reminder's unsubscribe link (`mail/unsubscribe.leaf`): one button, then the word that it is done.
struct UnsubscribeContext: Encodable, Sendable {
    var meta: PageMeta
    var done: Bool
}
