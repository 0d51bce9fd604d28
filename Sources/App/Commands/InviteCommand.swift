import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// `nastavnik invite --email E --role R (--organization ID | --municipality ID | --region ID) [--person ID]`:
/// an invitation issued by the console; prints its link and sends the letter when mail is configured.
struct InviteCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The invitee's e-mail") var email: String?
        @Option(name: "name", help: "The invitee's full name (taken from --person when omitted)") var name: String?
        @Option(
            name: "role",
            help: "administrator, authority_coordinator, head, curator, mentor, mentee, legal_representative")
        var role: String?
        @Option(name: "organization", help: "Organization id") var organization: String?
        @Option(name: "municipality", help: "Municipality id") var municipality: String?
        @Option(name: "region", help: "Region id") var region: String?
        @Option(name: "person", help: "The participant the account is for") var person: String?
    }

    var help: String { "Invites someone to take a role; prints the one-time link." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let scope: GrantScope
        switch GrantScope.fromConsole(
            organization: signature.organization, municipality: signature.municipality,
            region: signature.region)
        {
        case .success(let place): scope = place
        case .failure(let problem):
            context.console.error(problem.message)
            throw ExitCode(1)
        }
        let service = InvitationService(scope: app.consoleScope(), outbox: app.outbox, link: app.links.invitation)
        do {
            let issued = try await service.invite(
                .init(
                    email: signature.email, displayName: signature.name,
                    role: signature.role.flatMap(Role.init(rawValue:)),
                    grantScope: scope, personID: signature.person.flatMap(UUID.init(uuidString:))))
            context.console.print(
                "Приглашение для \(issued.invitation.addressee) (\(issued.invitation.role.title))."
            )
            context.console.print("Ссылка (действует 7 дней, открывается один раз): \(issued.link)")
            if let delivery = app.mailDelivery {
                let report = try await delivery.run()
                context.console.print(report.sent > 0 ? "Письмо отправлено." : "Письмо не отправлено: см. «Почта».")
            }
        } catch let failure as ValidationFailure {
            for (field, message) in failure.fields.sorted(by: { $0.key < $1.key }) {
                context.console.error("\(field): \(message)")
            }
            throw ExitCode(1)
        }
    }
}
