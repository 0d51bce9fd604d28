import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension ParticipantService {
    /// The signed-in participant's survey invitations and a legal representative's children's, the latest term
    /// first; 404 for an account that is neither.
    func surveys() async throws -> [PendingSurvey] {
        var people = scope.user.personID.map { [$0] } ?? []
        if let representative = scope.user.representativeID {
            people += try await RepresentationModel.query(on: scope.db).filter(\.$representative.$id == representative)
                .all().map { $0.$person.id }
        }
        guard !people.isEmpty else { throw DomainError.notFound }
        let invitations = try await SurveyInvitationModel.query(on: scope.db).filter(\.$person.$id ~~ people)
            .with(\.$survey).with(\.$person).all()
        return invitations.sorted { $0.survey.closesOn > $1.survey.closesOn }.map { invitation in
            let open = invitation.answeredAt == nil && scope.now < invitation.expiresAt
            return PendingSurvey(
                respondent: invitation.person.details.fullName, title: invitation.survey.title,
                closesOn: invitation.survey.closesOn, token: open ? invitation.token : nil,
                answered: invitation.answeredAt != nil)
        }
    }
}
