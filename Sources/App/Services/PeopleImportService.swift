import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// One row of an uploaded people list as the preview shows it.
struct ImportRow {
    enum Outcome: String { case ready, duplicate, rejected }

    var line: Int
    var name: String
    var outcome: Outcome
    /// Why the row is skipped or rejected, in Russian, naming the fields.
    var reason: String?
    var details: Person.Details?
}

/// What an upload would do: its columns and every row's outcome.
struct ImportPreview {
    var upload: PeopleImportModel
    var organization: OrganizationModel
    var header: [String]
    var mapping: [PeopleColumn?]
    var rows: [ImportRow]

    func count(_ outcome: ImportRow.Outcome) -> Int { rows.filter { $0.outcome == outcome }.count }
}

/// People lists from XLSX and CSV: uploaded, previewed with the detected columns, saved only when the curator confirms.
/// The file waits in the database, so any app node can show the preview and save it.
struct PeopleImportService {
    let scope: RequestScope

    static let fieldTitles = [
        "surname": "Фамилия", "givenName": "Имя", "patronymic": "Отчество", "birthDate": "Дата рождения", "sex": "Пол",
        "categories": "Категория", "grade": "Класс", "teachingExperienceYears": "Стаж", "email": "E-mail",
        "phone": "Телефон",
        "partnerName": "Организация-партнёр", "position": "Должность",
    ]

    func upload(to organizationID: UUID, fileName: String, data: Data) async throws -> PeopleImportModel {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        _ = try Self.table(data, fileName: fileName)
        let upload = PeopleImportModel()
        upload.$organization.id = (try org.requireID())
        upload.fileName = fileName
        upload.data = data
        upload.createdBy = scope.user.login
        upload.createdAt = scope.now
        try await upload.create(on: scope.db)
        try await AuditLog(scope: scope).record(
            .create, .peopleImport, objectID: upload.id, organizationID: org.id, role: access.role)
        return upload
    }

    static func table(_ data: Data, fileName: String) throws -> PeopleTable {
        do {
            return try PeopleTable(DocumentReader.read(data, fileName: fileName))
        } catch let error as DocumentError {
            throw ValidationFailure(fields: ["file": error.message])
        }
    }

    /// The preview; `mapping` overrides the detected columns.
    func preview(
        _ id: UUID, mapping: [PeopleColumn?]? = nil, defaultCategory: Person.Category = .student
    ) async throws -> ImportPreview {
        guard let upload = try await PeopleImportModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let (org, _) = try await OrganizationDirectory(scope: scope).managedOrganization(upload.$organization.id)
        var table = try Self.table(upload.data, fileName: upload.fileName)
        if let mapping, mapping.count == table.header.count { table.mapping = mapping }
        let existing = try await PersonModel.query(on: scope.db).filter(\.$organization.$id == (try org.requireID()))
            .all()
        var seen = Set(existing.map { Self.duplicateKey($0.details) })
        var rows: [ImportRow] = []
        for (line, input) in table.inputs(defaultCategory: defaultCategory) {
            let name = [input.surname, input.givenName, input.patronymic].compactMap { $0 }.joined(separator: " ")
            do {
                let details = try input.validated(today: scope.today)
                if seen.insert(Self.duplicateKey(details)).inserted {
                    rows.append(ImportRow(line: line, name: name, outcome: .ready, details: details))
                } else {
                    rows.append(
                        ImportRow(
                            line: line, name: name, outcome: .duplicate,
                            reason: "Уже есть: совпадают ФИО и дата рождения."))
                }
            } catch {
                let reason = error.fields.sorted { $0.key < $1.key }.map {
                    "\(Self.fieldTitles[$0.key] ?? $0.key): \($0.value)"
                }.joined(separator: " ")
                rows.append(ImportRow(line: line, name: name, outcome: .rejected, reason: reason))
            }
        }
        return ImportPreview(
            upload: upload, organization: org, header: table.header, mapping: table.mapping, rows: rows)
    }

    static let alreadySaved = "Этот список уже сохранён (или удалён): загрузите файл снова, если нужно."

    static func duplicateKey(_ details: Person.Details) -> String {
        Vocabulary(group: .student, terms: []).normalized(details.fullName) + "|"
            + (details.birthDate?.description ?? "")
    }

    /// Saves every ready row in one transaction (all of them or, on any failure, none) and drops the upload.
    /// - Returns: how many people were saved.
    func confirm(
        _ id: UUID, mapping: [PeopleColumn?]?, defaultCategory: Person.Category,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> (saved: Int, preview: ImportPreview) {
        let preview = try await preview(id, mapping: mapping, defaultCategory: defaultCategory)
        let ready = preview.rows.compactMap(\.details)
        let org = preview.organization
        let role = try await OrganizationDirectory(scope: scope).organization(try org.requireID()).access.role
        try await scope.db.atomically { db in
            // The upload is taken first: of two confirmations at once the second finds it gone and saves nothing.
            guard try await PeopleImportModel.take(id, on: db) else { throw DomainError.conflict(Self.alreadySaved) }
            let audit = AuditLog(scope: scope.on(db))
            var done = 0
            // One lookup per partner, not per row: a list of thousands names a handful of partners.
            var partners: [String: UUID] = [:]
            for name in Set(ready.compactMap(\.partnerName)) {
                partners[name] = try await PeopleService.partner(name, organizationID: try org.requireID(), on: db)?.id
            }
            for chunk in ready.chunks(of: 500) {
                let people = try chunk.map { details in
                    let person = PersonModel(id: UUID(), organizationID: try org.requireID())
                    person.apply(details, partnerID: details.partnerName.flatMap { partners[$0] })
                    return person
                }
                try await people.create(on: db)
                let entries = people.map {
                    audit.entry(
                        .create, .person, objectID: $0.id, personID: $0.id, organizationID: org.id, role: role,
                        fields: Person.Details.allFields)
                }
                try await AuditEntryModel.insert(entries, on: db)
                done += chunk.count
                progress(done, ready.count)
            }
            try await audit.record(
                .update, .peopleImport, objectID: id, organizationID: org.id, role: role,
                fields: ["saved:\(ready.count)"])
        }
        return (ready.count, preview)
    }
}
