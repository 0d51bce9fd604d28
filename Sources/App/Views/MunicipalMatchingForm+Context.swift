import Foundation
import Matching
import MentoringCore

/// The form that starts the authority's matching run (`matching/municipal-new.leaf`).
struct MunicipalMatchingFormContext: FormContext {
    static let template = "matching/municipal-new"
    var meta: PageMeta
    var form: FormPage.Form
    /// Why the last attempt could not start.
    var problems: [String]

    init(
        meta: PageMeta, municipality: UUID, input: MatchingInput, failure: ValidationFailure?, problems: [String] = []
    ) {
        self.meta = meta
        self.problems = problems
        form = .init(
            action: SiteURL.municipalMatching(.id(municipality)).path,
            fields: MatchingRunsPage.fields(input, failure: failure), submitTitle: "Запустить подбор",
            cancelURL: SiteURL.municipalMatching(.id(municipality)).path)
    }
}
