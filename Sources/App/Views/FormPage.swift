/// What every form page shares: the form as `partials/form.leaf` draws it.
enum FormPage {
    struct Form: Encodable, Sendable {
        var action: String
        var fields: [FormField]
        var submitTitle: String
        var cancelURL: String
        var multipart = false
        var failed = false
        /// Values the form carries back unseen, such as the version of the record being edited.
        var hidden: [Hidden] = []
        /// A message about the whole form, shown above it instead of the usual "check the fields".
        var alert: String?
    }

    struct Hidden: Encodable, Sendable {
        var name: String
        var value: String
    }
}

/// A page whose body is one form: its context, built from core values, and the template that holds its wording.
protocol FormContext: Encodable, Sendable {
    /// The page's own template, which includes `partials/form`.
    static var template: String { get }
    var meta: PageMeta { get }
    var form: FormPage.Form { get set }
}
