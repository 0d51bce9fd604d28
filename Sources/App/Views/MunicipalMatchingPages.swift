import Foundation
import Matching
import MentoringCore
import Persistence
import Vapor

/// The form that starts the authority's matching run.
enum MunicipalMatchingPages {
    static func form(
        _ req: Request, municipality: MunicipalityModel, input: MatchingInput, failure: ValidationFailure?,
        problems: [String] = []
    ) -> FormPage {
        let id = municipality.id!
        return FormPage(
            meta: req.pageMeta(
                "Новый подбор по муниципалитету",
                breadcrumbs: [
                    Link(municipality.name, .municipalMonitoring(.id(id))),
                    Link("Подбор пар", .municipalMatching(.id(id))),
                ]),
            form: .init(
                action: SiteURL.municipalMatching(.id(id)).path,
                fields: MatchingRunsPage.fields(input, failure: failure),
                submitTitle: "Запустить подбор", cancelURL: SiteURL.municipalMatching(.id(id)).path,
                intro: problems.isEmpty ? nil : problems.joined(separator: " ")))
    }
}
