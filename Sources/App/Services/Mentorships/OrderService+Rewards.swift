import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The letters of thanks and diplomas a signed reward order gives, one page per mentor.
extension OrderService {
    func diplomas(_ id: UUID) async throws -> (Data, String) {
        let (order, org, access) = try await find(id)
        guard let kind = order.reward, order.isSigned, let date = order.signedOn else {
            throw DomainError.conflict("Грамоты и письма печатаются по подписанному приказу о поощрении.")
        }
        guard kind.isOwn else {
            throw DomainError.conflict("Эту награду вручает не организация: по приказу готовится ходатайство.")
        }
        let mentors = try await OrderContents(scope: scope).covered(order, access: nil).mentors
        let document = RewardDiplomaDocument(
            organization: org.fullName, headPosition: org.headPosition ?? "Руководитель", headName: org.headName ?? "",
            kind: kind,
            merit: "за результаты наставнической деятельности в программе «\(order.program?.title ?? "")»",
            order: order.reference, date: date,
            recipients: mentors.map {
                .init(name: $0.person.details.fullName, position: BaseRows.role($0.person.details))
            })
        let template = try await DocumentTemplateService(scope: scope).template(
            for: org, kind: .rewardDiploma)
        try await AuditLog(scope: scope).record(
            .download, .order, objectID: id, organizationID: org.id, role: access.role, fields: ["diplomas"])
        return (try document.docx(template: template), "Грамоты по приказу \(order.number ?? "")")
    }
}
