/// A form that arrived incomplete or altered, though the page that sent it was whole (a 400 with a message that
/// says what to do, not the generic one).
struct MalformedForm: Error {
    let message: String
}
