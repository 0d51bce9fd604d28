import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Accounts for a program's people at once: its mentors, its mentees, or the legal representatives of its mentees.
/// Everyone with an e-mail gets an invitation; a class without e-mail gets printed sign-in codes. People without a
/// valid consent are shown and left out.
struct ProgramAccounts {
    let scope: RequestScope
    let invitations: InvitationService

    enum Audience: String, CaseIterable, Codable, Sendable {
        case mentors
        case mentees
        case representatives

        var title: String {
            switch self {
            case .mentors: "Наставники"
            case .mentees: "Наставляемые"
            case .representatives: "Законные представители наставляемых"
            }
        }

        var role: Role {
            switch self {
            case .mentors: .mentor
            case .mentees: .mentee
            case .representatives: .legalRepresentative
            }
        }
    }

    /// Where a person stands: what «Пригласить» or «Коды» would do for them.
    enum Standing: Equatable, Sendable {
        case byMail
        case byCode
        case hasAccount(String)
        case invited
        case noConsent(String)

        var title: String {
            switch self {
            case .byMail: "получит приглашение по e-mail"
            case .byCode: "нет e-mail: код на печатном листе"
            case .hasAccount(let login): "уже есть учётная запись (\(login))"
            case .invited: "приглашён, ждём ответа"
            case .noConsent(let problem): "не приглашается: \(problem)"
            }
        }
    }

    struct Candidate: Sendable {
        var name: String
        var detail: String?
        var email: String?
        var personID: UUID?
        var representativeID: UUID?
        var standing: Standing
    }

    func candidates(_ programID: UUID, _ audience: Audience) async throws -> (ProgramContext, [Candidate]) {
        let base = BaseService(scope: scope)
        let context: ProgramContext
        let people: [PersonModel]
        switch audience {
        case .mentors:
            let (found, entries) = try await base.mentors(programID)
            (context, people) = (found, entries.map(\.person))
        case .mentees, .representatives:
            let (found, entries) = try await base.mentees(programID)
            (context, people) = (found, entries.map(\.person))
        }
        guard GrantPolicy.allows(scope.user.grants, toGive: grant(audience, context), in: TerritoryMap()) else {
            throw DomainError.notFound
        }
        let candidates =
            audience == .representatives ? try await representatives(of: people) : try await persons(people)
        return (context, candidates.sorted { $0.name < $1.name })
    }

    private func grant(_ audience: Audience, _ context: ProgramContext) -> Grant {
        Grant(role: audience.role, scope: .organization(context.organization.typedID))
    }

    private func persons(_ people: [PersonModel]) async throws -> [Candidate] {
        let ids = try people.map { try $0.requireID() }
        let consents = try await ConsentLookup(db: scope.db).consents(of: ids)
        let accounts = try await AccountModel.query(on: scope.db).filter(\.$person.$id ~~ ids).all()
        let logins = Dictionary(accounts.compactMap { account in account.$person.id.map { ($0, account.login) } }) {
            a, _ in a
        }
        let invited = Set(try await pending().filter(\.$personID ~~ ids).all().compactMap(\.personID))
        return try people.map { person in
            let email = person.email.flatMap { $0.isEmpty ? nil : $0 }
            var candidate = Candidate(
                name: person.details.fullName, detail: person.grade, email: email,
                personID: person.id, standing: email == nil ? .byCode : .byMail)
            let personID = try person.requireID()
            do throws(ConsentRefusal) {
                try ConsentPolicy.authorize(
                    .programParticipation, personID: .init(personID), consents: consents[personID] ?? [],
                    on: scope.today)
            } catch {
                candidate.standing = .noConsent(error.shortReason)
            }
            if invited.contains(try person.requireID()) { candidate.standing = .invited }
            if let login = logins[(try person.requireID())] { candidate.standing = .hasAccount(login) }
            return candidate
        }
    }

    private func representatives(of minors: [PersonModel]) async throws -> [Candidate] {
        let links = try await RepresentationModel.query(on: scope.db).filter(
            \.$person.$id ~~ minors.map { try $0.requireID() }
        )
        .all()
        let representatives = try await LegalRepresentativeModel.query(on: scope.db)
            .filter(\.$id ~~ links.map { $0.$representative.id }).all()
        let names = Dictionary(try minors.map { ((try $0.requireID()), $0.details.fullName) }) { a, _ in a }
        let wards = Dictionary(grouping: links, by: { $0.$representative.id }).mapValues {
            $0.compactMap { names[$0.$person.id] }
        }
        let ids = try representatives.map { try $0.requireID() }
        let accounts = try await AccountModel.query(on: scope.db).filter(\.$representative.$id ~~ ids).all()
        let logins = Dictionary(
            accounts.compactMap { account in account.$representative.id.map { ($0, account.login) } }
        ) { a, _ in a }
        let invited = Set(try await pending().filter(\.$representativeID ~~ ids).all().compactMap(\.representativeID))
        return try representatives.map { representative in
            let email = representative.email.flatMap { $0.isEmpty ? nil : $0 }
            var standing: Standing = email == nil ? .byCode : .byMail
            if invited.contains(try representative.requireID()) { standing = .invited }
            if let login = logins[(try representative.requireID())] { standing = .hasAccount(login) }
            return Candidate(
                name: representative.fullName,
                detail: "за: " + (wards[(try representative.requireID())] ?? []).sorted().joined(separator: ", "),
                email: email, representativeID: representative.id, standing: standing)
        }
    }

    /// Unanswered letters: a printed code that was not used yet is printed again on request (the sheet got lost).
    private func pending() -> QueryBuilder<InvitationModel> {
        InvitationModel.query(on: scope.db).filter(\.$acceptedAt == nil).filter(\.$revokedAt == nil)
            .filter(\.$expiresAt > scope.now).filter(\.$email != nil)
    }

    /// Invites everyone who would get a letter; returns how many.
    func inviteByMail(
        _ programID: UUID, _ audience: Audience
    ) async throws -> (ProgramContext, [InvitationService.Issued]) {
        try await issue(programID, audience, standing: .byMail)
    }

    /// Sign-in codes for everyone without e-mail; the codes exist only in the answer, for the printed sheet.
    func printCodes(
        _ programID: UUID, _ audience: Audience
    ) async throws -> (ProgramContext, [InvitationService.Issued]) {
        try await issue(programID, audience, standing: .byCode)
    }

    private func issue(
        _ programID: UUID, _ audience: Audience,
        standing: Standing
    ) async throws -> (ProgramContext, [InvitationService.Issued]) {
        let (context, candidates) = try await self.candidates(programID, audience)
        let grant = grant(audience, context)
        let models = candidates.filter { $0.standing == standing }.map { candidate in
            let invitation = InvitationModel()
            invitation.email = standing == .byMail ? candidate.email?.lowercased() : nil
            invitation.displayName = candidate.name
            invitation.role = grant.role
            invitation.setScope(grant.scope)
            invitation.personID = candidate.personID
            invitation.representativeID = candidate.representativeID
            return invitation
        }
        guard !models.isEmpty else { return (context, []) }
        let territory = try await TerritoryLoader(db: scope.db).load()
        return (context, try await invitations.issueAll(models, territory: territory, codes: standing == .byCode))
    }
}

extension ConsentRefusal {
    /// «нет согласия на участие»: what is missing, in a few words.
    var shortReason: String {
        "нет согласия " + Consent.Kind.allCases.filter { problems[$0] != nil }.map(\.object).joined(separator: " и ")
    }
}
