import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Cases of best practice: a curator makes one from a completed pair or a program (the indicators taken from its
/// monitoring), the organization's methodical council approves it, the curator offers it to the municipality, whose
/// coordinator accepts it into the municipal base or returns it.
struct BestPracticeService {
    let scope: RequestScope

    /// What a case can be made from: the organization's completed pairs and groups, and its programs.
    func sources(of organizationID: UUID, access: OrganizationAccess) async throws -> [FormField.Option] {
        let programs = try await ProgramModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .sort(\.$periodStart, .descending).all()
        let pairs = try await MentorshipModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .filter(\.$status == .completed).with(\.$program).with(\.$mentor) { $0.with(\.$person) }.all()
        let consents = try await ConsentLookup(db: scope.db).consents(of: pairs.map { $0.mentor.$person.id })
        let pairOptions = try pairs.map { pair in
            let name = try access.name(
                of: pair.mentor.person, consents: consents, on: scope.today, unnamed: "наставник без согласия")
            return FormField.Option(
                value: "mentorship:\(try pair.requireID())",
                title: "Завершённая пара (\(name)), «\(pair.program.title)»", selected: false)
        }
        return try programs.map {
            FormField.Option(value: "program:\(try $0.requireID())", title: "Программа «\($0.title)»", selected: false)
        } + pairOptions
    }

    func list(_ organizationID: UUID) async throws -> (OrganizationModel, OrganizationAccess, [BestPracticeModel]) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let cases = try await BestPracticeModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .sort(\.$createdAt, .descending).all()
        return (org, access, cases)
    }

    func create(in organizationID: UUID, _ input: BestPracticeInput) async throws -> BestPracticeModel {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        var details = try input.validated()
        let practice = BestPracticeModel()
        try await fill(practice, from: input, in: organizationID)
        if details.indicators.isEmpty { details.indicators = practice.indicators }
        practice.details = details
        (practice.$organization.id, practice.$municipality.id) = (organizationID, org.$municipality.id)
        (practice.status, practice.createdBy, practice.createdAt) = (.draft, scope.user.displayName, scope.now)
        try await save(practice, org: org, access: access, action: .create, fields: ["case"])
        return practice
    }

    /// Takes the form, role model, theme, people and monitoring indicators from the pair or program named; a case of a
    /// program takes the form chosen among the program's.
    private func fill(
        _ practice: BestPracticeModel, from input: BestPracticeInput, in organizationID: UUID
    ) async throws {
        let parts = (input.source ?? "").split(separator: ":").map(String.init)
        let id = parts.count == 2 ? UUID(uuidString: parts[1]) : nil
        let refusal = ValidationFailure(fields: ["source": "Выберите завершённую пару или программу организации."])
        switch (parts.first, id) {
        case ("mentorship", let id?):
            guard
                let pair = try await MentorshipModel.query(on: scope.db).filter(\.$id == id)
                    .filter(\.$organization.$id == organizationID).filter(\.$status == .completed).with(\.$program)
                    .with(\.$mentor).with(\.$mentees) { $0.with(\.$mentee) }.first()
            else { throw refusal }
            let requests = pair.mentees.flatMap { $0.mentee.value.requests }.sorted { $0.priority < $1.priority }
            (practice.$mentorship.id, practice.$program.id) = (id, pair.$program.id)
            (practice.form, practice.roleModel) = (pair.form, pair.roleModel)
            practice.theme = pair.groupTheme ?? requests.first?.text ?? pair.program.title
            practice.people = [pair.mentor.$person.id] + pair.mentees.map { $0.mentee.$person.id }
            practice.indicators = try await indicators(of: pair)
        case ("program", let id?):
            guard
                let program = try await ProgramModel.query(on: scope.db).filter(\.$id == id)
                    .filter(\.$organization.$id == organizationID).first()
            else { throw refusal }
            let forms = program.forms
            let chosen = input.form.flatMap { $0.isEmpty ? nil : $0 }
            guard let form = chosen.map(MentoringForm.init(rawValue:)) ?? forms.first, forms.contains(form) else {
                throw ValidationFailure(fields: ["form": "Выберите одну из форм наставничества программы."])
            }
            practice.$program.id = id
            (practice.form, practice.roleModel) = (form, nil)
            (practice.theme, practice.people) = (program.title, [])
            practice.indicators = try await indicators(of: program)
        default: throw refusal
        }
    }

    /// The pair's meetings held, goals of the personal plan achieved and the results its mentor reported.
    private func indicators(of pair: MentorshipModel) async throws -> String {
        let held = try await MeetingModel.query(on: scope.db).filter(\.$mentorship.$id == pair.requireID())
            .filter(\.$status == .held).count()
        let goals = pair.plan?.goals ?? []
        var lines = ["Встреч проведено: \(held)."]
        if !goals.isEmpty {
            lines.append("Цели плана достигнуты: \(goals.filter(\.achieved).count) из \(goals.count).")
        }
        if !pair.report.results.isEmpty { lines.append("Итоги наставника: \(pair.report.results)") }
        return lines.joined(separator: "\n")
    }

    /// The program's completed pairs and how each process result moved from its first period to its last.
    private func indicators(of program: ProgramModel) async throws -> String {
        let id = try program.requireID()
        let completed = try await MentorshipModel.query(on: scope.db).filter(\.$program.$id == id)
            .filter(\.$status == .completed).count()
        let results = try await ProcessResultModel.query(on: scope.db).filter(\.$program.$id == id)
            .sort(\.$period).all()
        var lines = ["Завершено пар и групп: \(completed)."]
        for (kind, rows) in Dictionary(grouping: results, by: \.kind).sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where rows.count > 1 {
            lines.append(
                "\(kind.title): \(rows[0].count) (\(rows[0].period)) → \(rows[rows.count - 1].count) "
                    + "(\(rows[rows.count - 1].period)).")
        }
        return lines.joined(separator: "\n")
    }

    func save(
        _ practice: BestPracticeModel, org: OrganizationModel, access: OrganizationAccess, action: AuditAction,
        fields: [String]
    ) async throws {
        try await scope.db.atomically { db in
            try await practice.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                action, .bestPractice, objectID: practice.id, organizationID: org.id, role: access.role,
                fields: fields)
        }
    }

    /// The case with its organization, for whoever reads the organization's data (its municipality's coordinator
    /// too); 404 otherwise.
    func find(_ id: UUID) async throws -> (BestPracticeModel, OrganizationModel, OrganizationAccess) {
        guard let practice = try await BestPracticeModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(practice.$organization.id)
        guard access.readsAll else { throw DomainError.notFound }
        return (practice, org, access)
    }

    func update(_ id: UUID, _ input: BestPracticeInput) async throws -> BestPracticeModel {
        let (practice, org, access) = try await find(id)
        try access.requireManagement()
        guard practice.status.isEditable else {
            throw DomainError.conflict("Практику, одобренную методическим советом, не меняют.")
        }
        var details = try input.validated()
        if details.indicators.isEmpty { details.indicators = practice.indicators }
        practice.details = details
        try await save(practice, org: org, access: access, action: .update, fields: ["case"])
        return practice
    }
}
