import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// One pair's papers with its mentor as they stand: the stored agreement, or an unsigned one with the mentor's
/// employment read from the mentor's categories (a teacher or the head is an employee).
struct MentorAgreementCard {
    var mentorship: MentorshipModel
    var access: MentorshipAccess
    var people: MentorshipPeople
    var agreement: MentorAgreement
    var stored: Bool
    /// The signed order that fixed the pair, if any.
    var order: OrderModel?
    /// The papers whose signed scan is kept: `mentorConsent`, `mentorAgreement`.
    var scans: Set<DocumentKind>
}

/// The mentor's consent and additional agreement of each pair or group (Labour Code art. 351.8): recorded by the
/// curator with the payment and the signing dates, drawn as DOCX from the organization's templates, required before a
/// pair starts when the organization says so, and summed per month for the accountant.
struct MentorAgreementService {
    let scope: RequestScope

    func card(_ mentorshipID: UUID) async throws -> MentorAgreementCard {
        let (mentorship, access) = try await MentorshipService(scope: scope).find(mentorshipID)
        guard access.isStaff else { throw DomainError.notFound }
        let people = try await MentorshipPeople.load([mentorship], access: access.access, scope: scope)
        let stored = try await MentorAgreementModel.query(on: scope.db).filter(\.$mentorship.$id == mentorshipID)
            .first()
        let orderIDs = try await OrderItemModel.query(on: scope.db).filter(\.$mentorship.$id == mentorshipID).all()
            .map { $0.$order.id }
        let order = try await OrderModel.query(on: scope.db).filter(\.$id ~~ orderIDs)
            .filter(\.$status == OrderStatus.signed).sort(\.$signedOn).first()
        return MentorAgreementCard(
            mentorship: mentorship, access: access, people: people,
            agreement: Self.standing(stored?.agreement, of: mentorship, people: people),
            stored: stored != nil, order: order,
            scans: try await MentorPaperScanModel.papers(of: [mentorshipID], on: scope.db)[mentorshipID] ?? [])
    }

    /// The stored agreement, or an unsigned one with the mentor's employment read from the mentor's categories.
    static func standing(
        _ stored: MentorAgreement?, of mentorship: MentorshipModel, people: MentorshipPeople
    ) -> MentorAgreement {
        stored ?? MentorAgreement(employee: people.mentor(of: mentorship)?.details.isStaff ?? false, payment: .unpaid)
    }

    /// Records the payment, the signing dates and the signed scans chosen; of two first saves at once, the one that
    /// loses the unique key writes again over the row the other made.
    func save(
        _ mentorshipID: UUID, _ input: MentorAgreementInput, scans: [DocumentKind: ScanUpload] = [:]
    ) async throws -> MentorAgreementCard {
        let card = try await managedCard(mentorshipID)
        var failure = ValidationFailure()
        var agreement = card.agreement
        do {
            agreement = try input.validated(employee: card.agreement.employee, today: scope.today)
        } catch {
            failure.merge(error)
        }
        for (paper, scan) in scans {
            if let problem = Self.problem(with: scan, paper: paper, card) {
                failure.add(Self.scanField(paper), problem)
            }
        }
        try failure.throwIfAny()
        do {
            // Of two agreements numbered at once, the one that loses the number takes the next.
            try await DatabaseContention.againIfDuplicate { try await write(agreement, card, scans: scans) }
        } catch let error where DatabaseContention(error) == .duplicate {
            let year = agreement.agreementSignedOn.map { " в \($0.year) году" } ?? ""
            throw ValidationFailure(fields: [
                "agreementNumber": (agreement.agreementNumber.map { "Номер «\($0)»" } ?? "Следующий номер")
                    + " уже занят\(year) другим соглашением. Повторите или введите другой номер."
            ])
        }
        return try await self.card(mentorshipID)
    }

    /// A signed agreement of an employee typed without a number takes the next of its year in the organization's
    /// pattern, when it has one.
    private func numbered(
        _ agreement: MentorAgreement, in organizationID: UUID, on db: any Database
    ) async throws -> MentorAgreement {
        guard agreement.employee, agreement.agreementNumber == nil, let signed = agreement.agreementSignedOn else {
            return agreement
        }
        var numbered = agreement
        numbered.agreementNumber = try await NumberingService(scope: scope).nextAgreement(
            in: organizationID, year: signed.year, on: db)
        return numbered
    }

    /// The card of a pair whose papers the user records: a curator's or the head's.
    func managedCard(_ mentorshipID: UUID) async throws -> MentorAgreementCard {
        let card = try await card(mentorshipID)
        guard card.access.manages else {
            throw DomainError.refused("Согласие и соглашение наставника вносит куратор или руководитель.")
        }
        return card
    }

    func write(
        _ agreement: MentorAgreement, _ card: MentorAgreementCard, scans: [DocumentKind: ScanUpload]
    ) async throws {
        let id = try card.mentorship.requireID()
        try await scope.db.atomically { db in
            let model =
                try await MentorAgreementModel.query(on: db).filter(\.$mentorship.$id == id).first()
                ?? MentorAgreementModel()
            let created = model.id == nil
            model.$mentorship.id = id
            model.$organization.id = card.mentorship.$organization.id
            model.agreement = try await numbered(agreement, in: card.mentorship.$organization.id, on: db)
            model.editedBy = scope.user.displayName
            model.editedAt = scope.now
            try await model.save(on: db)
            for (paper, scan) in scans.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try await keep(scan, paper: paper, of: id, on: db)
            }
            try await AuditLog(scope: scope.on(db)).record(
                created ? .create : .update, .mentorAgreement, objectID: model.id,
                personID: card.people.mentor(of: card.mentorship)?.person.id,
                organizationID: card.access.organization.id, role: card.access.role,
                fields: ["payment", "consentSignedOn", "agreementNumber", "agreementSignedOn"]
                    + scans.keys.map(Self.scanField).sorted())
        }
    }

    /// The consent or the additional agreement as DOCX from the organization's template; audited as a download of
    /// the mentor's personal data. A mentor without a valid consent is not named, so the papers are not drawn.
    func document(_ mentorshipID: UUID, kind: DocumentKind) async throws -> (Data, String) {
        let card = try await card(mentorshipID)
        guard let mentor = card.people.mentor(of: card.mentorship), mentor.named else {
            throw ValidationFailure(fields: [
                "mentor":
                    "У наставника нет действующего согласия на обработку персональных данных: документ не составить."
            ])
        }
        if kind == .mentorAgreement && !card.agreement.employee {
            throw DomainError.conflict(
                "Наставник не работник организации: дополнительное соглашение не заключается, только согласие.")
        }
        let papers = try await papers(card, mentor: mentor)
        let template = try await DocumentTemplateService(scope: scope).template(
            for: card.access.organization, kind: kind)
        let data =
            kind == .mentorAgreement
            ? try papers.agreementDocument(template: template)
            : try papers.consent(
                template: template)
        try await AuditLog(scope: scope).record(
            .download, .mentorAgreement, objectID: try card.mentorship.requireID(), personID: mentor.person.id,
            organizationID: card.access.organization.id, role: card.access.role, fields: [kind.rawValue])
        let title = kind == .mentorAgreement ? "Дополнительное соглашение" : "Согласие наставника"
        return (data, "\(title) \(mentor.details.shortName)")
    }

    private func papers(_ card: MentorAgreementCard, mentor: MentorshipPeople.Member) async throws -> MentorPapers {
        let org = card.access.organization
        let mentorship = card.mentorship
        let content = [mentorship.roleModel.map { "ролевая модель «\($0)»" }, mentorship.groupTheme]
            .compactMap { $0 }.joined(separator: "; ")
        let group = mentorship.mentees.count > 1 ? "групповая" : "индивидуальная"
        return MentorPapers(
            organization: org.fullName, headPosition: org.headPosition ?? "Руководитель", headName: org.headName ?? "",
            mentor: mentor.details.fullName, mentorPosition: BaseRows.role(mentor.details),
            mentees: card.people.mentees(of: mentorship).map { "\($0.name), \($0.role)" },
            form: "\(mentorship.form.title), \(group)",
            content: content.isEmpty ? "сопровождение по персонализированной программе наставничества" : content,
            starts: mentorship.startsOn, ends: mentorship.endsOn,
            order: card.order.map { $0.reference }, agreement: card.agreement)
    }
}

extension MentorAgreementService {
    /// Where the organization requires it, a pair starts only when its mentor has signed the consent and, being an
    /// employee, the additional agreement.
    func requireSigned(_ mentorship: MentorshipModel) async throws {
        let id = try mentorship.requireID()
        let stored = try await MentorAgreementModel.query(on: scope.db).filter(\.$mentorship.$id == id).first()
        let missing = stored?.agreement.missing ?? "письменное согласие и дополнительное соглашение"
        guard stored?.agreement.isSigned != true else { return }
        throw ValidationFailure(fields: [
            "status": "Пара не может приступить к работе: наставник не подписал \(missing) (ст. 351.8 ТК РФ). "
                + "Внесите даты подписания на странице «Согласие и соглашение наставника»."
        ])
    }
}
