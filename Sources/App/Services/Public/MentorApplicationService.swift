import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The form «Стать наставником» of an organization's public page. An adult alumnus or a partner's employee sends it
/// with their own consent to the processing of personal data; in one transaction they become a person of the
/// organization with that consent and an application, and a candidate in the mentor base of the organization's
/// current program that takes such mentors (when it has one). One application per e-mail address.
struct MentorApplicationService {
    let scope: RequestScope
    /// How many applications one client address may send to one organization in an hour: a form without sign-in is
    /// open to scripts, and the curator should not have to clean up after one.
    static let hourlyLimitPerAddress = 10

    /// The organization the form belongs to and the wording of the consent the applicant gives.
    func form(_ organizationID: UUID) async throws -> (OrganizationModel, ConsentTemplates.Text) {
        guard let org = try await OrganizationModel.find(organizationID, on: scope.db) else {
            throw DomainError.notFound
        }
        let texts = try await ConsentTemplates(scope: scope).texts(of: org)
        guard let text = texts[.personalData] else { throw DomainError.notFound }
        return (org, text)
    }

    func submit(
        to organizationID: UUID, _ input: MentorApplicationInput, address: String
    ) async throws -> MentorApplicationModel {
        let (org, text) = try await form(organizationID)
        let details = try input.validated(today: scope.today)
        let since = scope.now.addingTimeInterval(-3600)
        let recent = try await MentorApplicationModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .filter(\.$clientAddress == address).filter(\.$createdAt >= since).count()
        guard recent < Self.hourlyLimitPerAddress else {
            throw DomainError.conflict("С этого адреса сегодня уже отправлено много заявок. Попробуйте позже.")
        }
        let program = try await program(of: organizationID, for: details.kind.category)
        let application = MentorApplicationModel()
        do {
            try await scope.db.atomically { db in
                let person = try await PeopleService(scope: scope.on(db)).insert(
                    details.person, in: organizationID, role: nil)
                try await consent(of: person, text: text, on: db)
                application.$organization.id = organizationID
                application.$person.id = try person.requireID()
                application.$program.id = try program?.requireID()
                (application.kind, application.alumnus) = (details.kind, details.alumnus)
                (application.workplace, application.offer) = (details.workplace, details.offer)
                application.emailKey = (details.person.email ?? "").lowercased()
                (application.clientAddress, application.createdAt) = (String(address.prefix(100)), scope.now)
                try await application.create(on: db)
                try await audit(on: db).record(
                    .create, .mentorApplication, objectID: application.id, personID: person.id,
                    organizationID: org.id, fields: ["kind", "alumnus", "workplace", "offer"])
                if let program { try await candidate(person, details, in: program, on: db) }
            }
        } catch let error where DatabaseContention(error) == .duplicate {
            throw ValidationFailure(
                fields: ["email": "Заявка с этим адресом уже получена. Куратор свяжется с вами по почте."])
        }
        return application
    }

    /// The base the candidate lands in: the program under way today whose forms take mentors of the category, else a
    /// coming one that does, else the program under way (the curator then picks the form with the candidate).
    private func program(of organizationID: UUID, for category: Person.Category) async throws -> ProgramModel? {
        let forms = Set(MentoringForm.mentorForms(for: [category]))
        let programs = try await ProgramModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .sort(\.$periodStart, .descending).all().filter { $0.periodEnd >= scope.today }
        let current = programs.filter { $0.periodStart <= scope.today }
        let fitting = { (program: ProgramModel) in !forms.isDisjoint(with: program.forms) }
        return current.first(where: fitting) ?? programs.last(where: fitting) ?? current.first
    }

    private func consent(of person: PersonModel, text: ConsentTemplates.Text, on db: any Database) async throws {
        let version = try await ConsentService.textVersion(text.body, on: db)
        let consent = ConsentModel(
            personID: try person.requireID(), kind: .personalData, purpose: text.purpose, signer: .subject,
            signedOn: scope.today, validUntil: nil, textID: try version.requireID())
        try await consent.create(on: db)
        try await audit(on: db).record(
            .create, .consent, objectID: consent.id, personID: person.id, organizationID: person.$organization.id,
            fields: ConsentModel.auditFields)
    }

    private func candidate(
        _ person: PersonModel, _ details: MentorApplicationDetails, in program: ProgramModel, on db: any Database
    ) async throws {
        let profile = MentorProfileModel()
        profile.$program.id = try program.requireID()
        profile.$person.id = try person.requireID()
        profile.$organization.id = program.$organization.id
        profile.createdAt = scope.now
        let forms = MentoringForm.mentorForms(for: [details.kind.category]).filter(program.forms.contains)
        profile.value = MentorProfile(forms: forms, experience: details.experience, status: .candidate)
        try await profile.create(on: db)
        try await audit(on: db).record(
            .create, .mentorProfile, objectID: profile.id, personID: person.id,
            organizationID: program.$organization.id,
            fields: ["forms", "experience", "status"])
    }

    private func audit(on db: any Database) -> AuditLog { AuditLog(scope: scope.on(db)) }
}
