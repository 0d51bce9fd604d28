/// One line of a page's facts list (`<dl class="facts">`): a label and its value, empty shown as a dash.
struct Fact: Encodable, Sendable {
    var label: String
    var value: String
}
