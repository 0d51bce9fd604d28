import Fluent
import FluentKit
import Foundation
import Mail
import MentoringCore
import Persistence

/// Each person of a new survey gets their personal link by e-mail: an adult at their own address, a minor through
/// every legal representative with an address. People without any address get their link on the printed sheet.
struct SurveyLetters {
    let outbox: Outbox
    /// The full address of an answer page for its token.
    let link: @Sendable (String) -> String

    @discardableResult
    func send(
        _ survey: SurveyModel, organization: OrganizationModel, requestedBy: UUID?, now: Date,
        today: CalendarDate, on db: any Database
    ) async throws -> Int {
        let invitations = try await SurveyInvitationModel.query(on: db).filter(
            \.$survey.$id == (try survey.requireID())
        )
        .with(\.$person).all()
        let minors = try invitations.filter { $0.person.details.isMinor(on: today) }.map { try $0.person.requireID() }
        let links =
            minors.isEmpty
            ? []
            : try await RepresentationModel.query(on: db).filter(\.$person.$id ~~ minors)
                .with(\.$representative).all()
        let closes = survey.closesOn.russian
        var mails: [OutgoingMail] = []
        for invitation in invitations {
            let person = invitation.person
            let recipients: [(name: String, email: String)] =
                person.details.isMinor(on: today)
                ? links.filter { $0.$person.id == person.id }.compactMap { link in
                    link.representative.email.flatMap { $0.isEmpty ? nil : (link.representative.fullName, $0) }
                }
                : (person.email.flatMap { $0.isEmpty ? nil : [(person.details.fullName, $0)] } ?? [])
            for recipient in recipients {
                let forChild = recipient.name != person.details.fullName
                let body = MailBody(
                    greeting: "Здравствуйте, \(recipient.name)!",
                    paragraphs: [
                        "\(organization.shortName) просит ответить на анкету «\(survey.title)»"
                            + (forChild ? " — её заполняет \(person.details.fullName)." : "."),
                        "Ответ займёт несколько минут; ответить можно с телефона, без входа в систему.",
                    ],
                    action: ("Открыть анкету", link(invitation.token)),
                    closing: ["Ответы принимаются до \(closes) включительно. Ссылка личная: не пересылайте её."])
                mails.append(
                    OutgoingMail(
                        kind: .surveyLink, address: recipient.email, recipientName: recipient.name,
                        senderName: organization.shortName, subject: "Анкета: \(survey.title)",
                        text: body.text, html: body.html, organizationID: organization.id,
                        requestedBy: requestedBy))
            }
        }
        try await outbox.enqueue(mails, on: db, now: now)
        return mails.count
    }
}
