import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The results order and the diplomas of a closed contest: the first three places of each nomination, ties
/// included, from the municipality's templates or the built-in ones.
extension ContestService {
    func document(_ id: UUID, kind: DocumentKind) async throws -> (Data, String) {
        let card = try await card(id)
        guard let closed = card.contest.closedAt else {
            throw DomainError.conflict("Итоги ещё не подведены: приказ и дипломы — после закрытия оценивания.")
        }
        let municipalityID = card.contest.$municipality.id
        let authority = try await AuthorityModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID)
            .first()
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(municipalityID)
        let places = card.contest.details.nominations.flatMap { nomination in
            card.ranked(nomination).compactMap { application -> ContestPlace? in
                guard let result = application.result, result.places.lowerBound <= 3 else { return nil }
                return ContestPlace(
                    name: application.name, organization: application.organization, nomination: nomination,
                    place: result.place,
                    total: result.totalText)
            }
        }
        let (issuer, title) = (authority?.name ?? municipality.name, card.contest.title)
        let date = CalendarDate(closed)
        let template = try await DocumentTemplateService(scope: scope).template(
            forMunicipality: municipalityID, kind: kind)
        try await AuditLog(scope: scope).record(.download, .contest, objectID: id, fields: [kind.rawValue])
        let outcome = ContestOutcome(issuer: issuer, contest: title, date: date, places: places)
        return kind == .contestDiploma
            ? (try ContestDiplomaDocument(outcome).docx(template: template), "Дипломы «\(title)»")
            : (try ContestResultsDocument(outcome).docx(template: template), "Приказ об итогах «\(title)»")
    }
}
