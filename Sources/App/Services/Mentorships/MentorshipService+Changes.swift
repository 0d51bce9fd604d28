import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Making pairs by hand, moving them through their statuses, ending them and changing a mentor. Capacity and
/// consents are checked again on every change that adds people to a pair.
extension MentorshipService {
    func create(
        in programID: UUID, input: MentorshipInput, replacing previous: MentorshipModel? = nil
    ) async throws -> MentorshipModel {
        let context = try await ProgramService(scope: scope).managedProgram(programID)
        let valid = try input.validated(within: context.program.period)
        try await checkPeople(
            valid, programID: programID, validityMonths: context.organization.certificateValidityMonths,
            freeing: previous)
        let mentorship = MentorshipModel()
        mentorship.$program.id = programID
        mentorship.$organization.id = (try context.organization.requireID())
        mentorship.$mentor.id = valid.mentor
        mentorship.form = valid.form
        mentorship.roleModel = valid.roleModel
        mentorship.kinds = valid.kinds
        mentorship.coMentors = valid.coMentors
        mentorship.startsOn = valid.startsOn
        mentorship.endsOn = valid.endsOn
        mentorship.previousMentorshipID = previous?.id
        try await scope.db.atomically { db in
            let note =
                previous == nil
                ? "Пара составлена вручную." : "Новый наставник вместо прежнего; ждёт приказа об изменении пары."
            try await Self.insertDraft(
                mentorship, mentees: valid.mentees, note: note, scope: scope, on: db,
                freeing: previous?.id)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .mentorship, objectID: mentorship.id, organizationID: context.organization.id,
                role: context.access.role, fields: ["mentor", "mentees", "form", "period"])
        }
        return mentorship
    }

    /// The mentor, co-mentors and mentees exist in the program, take the form, have valid consents, and the mentor
    /// has places; a mentee already in a working pair cannot join another; an adult mentoring a minor holds a
    /// certificate of no criminal record where `CertificateRule` asks for one.
    private func checkPeople(
        _ valid: MentorshipInput.Valid, programID: UUID, validityMonths: Int, freeing previous: MentorshipModel?
    ) async throws {
        var failure = ValidationFailure()
        let mentors = try await MentorProfileModel.query(on: scope.db).filter(\.$program.$id == programID)
            .filter(\.$id ~~ ([valid.mentor] + valid.coMentors)).with(\.$person).all()
        let mentees = try await MenteeProfileModel.query(on: scope.db).filter(\.$program.$id == programID)
            .filter(\.$id ~~ valid.mentees).with(\.$person).all()
        guard let mentor = mentors.first(where: { $0.id == valid.mentor }) else {
            throw ValidationFailure(fields: ["mentor": "Наставник не найден в базе этой программы."])
        }
        if mentees.count != valid.mentees.count {
            failure.add("mentees", "Наставляемый не найден в базе этой программы.")
        }
        if mentors.count != valid.coMentors.count + 1 {
            failure.add("coMentors", "Наставник не найден в базе этой программы.")
        }
        let profile = mentor.value
        if !profile.forms.contains(valid.form) {
            failure.add("form", "Наставник не работает в форме «\(valid.form.title)».")
        }
        if profile.status == .left { failure.add("mentor", "Наставник выбыл из программы.") }
        for mentee in mentees where mentee.value.form != valid.form {
            failure.add(
                "mentees", "\(mentee.person.details.shortName) записан(а) в форму «\(mentee.value.form.title)».")
        }
        let consents = try await ConsentLookup(db: scope.db).consents(
            of: mentors.map { $0.$person.id } + mentees.map { $0.$person.id })
        for person in mentors.map(\.person) + mentees.map(\.person) {
            if let problem = MentorshipRules.consentProblem(
                person.value, consents: consents[(try person.requireID())] ?? [], on: scope.today)
            {
                failure.add(mentees.contains { $0.$person.id == person.id } ? "mentees" : "mentor", problem)
            }
        }
        try await checkCertificates(mentors: mentors, mentees: mentees, validityMonths: validityMonths, &failure)
        let holding = try await MentorshipModel.query(on: scope.db).filter(\.$program.$id == programID)
            .filter(\.$status ~~ MentorshipStatus.holding).with(\.$mentees).all()
            .filter { $0.id != previous?.id }
        let load = holding.filter { $0.$mentor.id == valid.mentor }.reduce(0) { $0 + $1.mentees.count }
        if let problem = MentorshipRules.capacityProblem(
            capacity: profile.capacity, holding: load, adding: valid.mentees.count,
            groupAllowed: profile.groupAllowed)
        {
            failure.add("mentor", problem)
        }
        let busy = Set(holding.flatMap { $0.mentees.map { $0.$mentee.id } })
        for mentee in mentees where busy.contains(try mentee.requireID()) {
            failure.add(
                "mentees",
                "\(mentee.person.details.shortName) уже в работающей паре: сначала завершите или прекратите её.")
        }
        try failure.throwIfAny()
    }

    private func checkCertificates(
        mentors: [MentorProfileModel], mentees: [MenteeProfileModel], validityMonths: Int,
        _ failure: inout ValidationFailure
    ) async throws {
        let certificates = try await CertificateLookup(db: scope.db).latest(of: mentors.map { $0.$person.id })
        for mentor in mentors {
            let status = CertificateStatus(
                latest: certificates[mentor.$person.id], on: scope.today, validityMonths: validityMonths)
            let minors = mentees.filter {
                CertificateRule.required(
                    mentor: mentor.person.details, mentorOrganization: .init(mentor.$organization.id),
                    mentee: $0.person.details, menteeOrganization: .init($0.$organization.id), on: scope.today)
            }
            guard let first = minors.first, !status.permitsMinors else { continue }
            failure.add(
                "mentor",
                "\(mentor.person.details.shortName): нет действующей справки об отсутствии судимости, а "
                    + "\(first.person.details.shortName) несовершеннолетний (ст. 351.1 ТК РФ). "
                    + "Внесите справку в карточку наставника.")
        }
    }

    enum Change: String {
        case activate
        case complete
    }

    /// Fixed → active (the pair starts meeting) or active → completed (only with the mentor's report submitted).
    func change(_ id: UUID, _ change: Change) async throws {
        let (mentorship, access) = try await managed(id)
        let from = mentorship.status
        let to: MentorshipStatus = change == .activate ? .active : .completed
        guard from.allows(to) else {
            throw ValidationFailure(fields: [
                "status": "Из статуса «\(from.title)» нельзя перейти в «\(to.title)»."
                    + (from == .draft ? " Черновик закрепляется подписанным приказом." : "")
            ])
        }
        if to == .active, access.organization.requiresMentorAgreement {
            try await MentorAgreementService(scope: scope).requireSigned(mentorship)
        }
        if to == .completed && mentorship.report.submittedOn == nil {
            throw ValidationFailure(fields: [
                "status": "Пара закрывается с аналитическим отчётом наставника: сначала наставник сдаёт отчёт."
            ])
        }
        try await scope.db.atomically { db in
            try mentorship.move(to: to, on: scope.today)
            if to == .completed {
                try await MenteeProfileModel.query(on: db).filter(\.$id ~~ mentorship.mentees.map { $0.$mentee.id })
                    .set(\.$status, to: MenteeProfile.Status.completed).update()
            }
            try await mentorship.save(on: db)
            try await Self.record(
                mentorship, from: from, to: to,
                note: to == .active ? "Пара приступила к работе." : "Работа пары завершена, отчёт приложен.",
                scope: scope, on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .mentorship, objectID: id, organizationID: access.organization.id,
                role: access.role, fields: ["status"])
        }
    }

    /// Ends an open pair. Mentees who stay go back to the waitlist keeping the days they waited, so the next run
    /// gives them priority; a mentee who left the program leaves the base.
    func terminate(_ id: UUID, reason raw: String?, note: String?) async throws {
        let (mentorship, access) = try await managed(id)
        guard let reason = raw.flatMap(TerminationReason.init(rawValue:)) else {
            throw ValidationFailure(fields: ["reason": "Выберите причину прекращения."])
        }
        let from = mentorship.status
        guard from.allows(.terminated) else {
            throw ValidationFailure(fields: ["reason": "Пара уже закрыта: «\(from.title)»."])
        }
        try await scope.db.atomically { db in
            try mentorship.move(to: .terminated, on: scope.today)
            mentorship.terminationReason = reason
            try await mentorship.save(on: db)
            let next: MenteeProfile.Status = reason.rematchesMentee ? .inBase : .left
            try await MenteeProfileModel.query(on: db).filter(\.$id ~~ mentorship.mentees.map { $0.$mentee.id })
                .set(\.$status, to: next).update()
            let text = [
                reason.title + ".",
                reason.rematchesMentee ? "Наставляемые возвращены в лист ожидания с сохранением срока ожидания." : nil,
                note?.trimmingCharacters(in: .whitespacesAndNewlines),
            ].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            try await Self.record(mentorship, from: from, to: .terminated, note: text, scope: scope, on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .mentorship, objectID: id, organizationID: access.organization.id,
                role: access.role, fields: ["status", "termination_reason"])
        }
    }

    /// A new mentor for the same mentees: the old pair ends (the mentor left, or by agreement) and a draft linked to
    /// it waits for the order that changes the pairs.
    func changeMentor(_ id: UUID, to mentorID: String?, reason: String?) async throws -> MentorshipModel {
        let (old, _) = try await managed(id)
        guard old.status.allows(.terminated) else {
            throw ValidationFailure(fields: ["mentor": "Пара уже закрыта: сменить наставника нельзя."])
        }
        var input = MentorshipInput(
            mentor: mentorID, mentees: old.mentees.map { $0.$mentee.id.uuidString }, form: old.form.rawValue,
            roleModel: old.roleModel, kinds: old.kinds.map(\.rawValue), startsOn: scope.today.description,
            endsOn: old.endsOn?.description)
        if mentorID == old.$mentor.id.uuidString {
            throw ValidationFailure(fields: ["mentor": "Выберите другого наставника."])
        }
        input.coMentors = old.coMentors.map(\.uuidString)
        // Without a reason given, the old mentor left; a reason the form does not offer is refused, not replaced.
        let typed = reason?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let reason = typed.isEmpty ? .mentorLeft : TerminationReason(rawValue: typed) else {
            throw ValidationFailure(fields: ["reason": "Выберите причину прекращения."])
        }
        let replacement = try await create(in: old.$program.id, input: input, replacing: old)
        try await terminate(id, reason: reason.rawValue, note: "Назначен новый наставник.")
        // The mentees stay in the new pair, not on the waitlist.
        try await MenteeProfileModel.query(on: scope.db).filter(\.$id ~~ old.mentees.map { $0.$mentee.id })
            .set(\.$status, to: MenteeProfile.Status.matched).update()
        return replacement
    }
}

/// A status control as the mentorship page and the API send it.
struct MentorshipStatusChange: Codable, Sendable {
    /// activate, complete, terminate, best_practice
    var action: String?
    var reason: String?
    var note: String?
    /// The new mentor's profile id, for a change of mentor.
    var mentor: String?
}

extension MentorshipService {
    /// Applies a status control and says what happened, in the curator's words.
    func apply(_ id: UUID, _ change: MentorshipStatusChange) async throws -> String {
        switch change.action {
        case "activate":
            try await self.change(id, .activate)
            return "Пара приступила к работе."
        case "complete":
            try await self.change(id, .complete)
            return "Работа пары завершена."
        case "terminate":
            try await terminate(id, reason: change.reason, note: change.note)
            return "Пара прекращена."
        case "best_practice":
            try await toggleBestPractice(id)
            return "Отметка «лучшая практика» изменена."
        default:
            _ = try await managed(id)
            throw ValidationFailure(fields: [
                "action": "Неизвестное действие: activate, complete, terminate или best_practice."
            ])
        }
    }
}
