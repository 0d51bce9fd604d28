import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What a curator changes in one activity; due text is read again by the parser in the roadmap's context.
struct ActivityInput: Codable, Sendable {
    var number: String?
    var title: String?
    var due: String?
    var responsible: String?
    var responsibleAccount: String?
    var deliverable: String?
    var status: String?
    var doneOn: String?
    var notes: String?

    enum CodingKeys: String, CodingKey {
        case number, title, due, responsible, deliverable, status, notes
        case responsibleAccount = "responsible_account"
        case doneOn = "done_on"
    }

    init(
        number: String? = nil, title: String? = nil, due: String? = nil, responsible: String? = nil,
        responsibleAccount: String? = nil,
        deliverable: String? = nil, status: String? = nil, doneOn: String? = nil, notes: String? = nil
    ) {
        self.number = number
        self.title = title
        self.due = due
        self.responsible = responsible
        self.responsibleAccount = responsibleAccount
        self.deliverable = deliverable
        self.status = status
        self.doneOn = doneOn
        self.notes = notes
    }

    init(_ model: RoadmapActivityModel) {
        self.init(
            number: model.number, title: model.title, due: model.dueText, responsible: model.responsible,
            responsibleAccount: model.$responsibleAccount.id?.uuidString.lowercased(), deliverable: model.deliverable,
            status: model.status.rawValue, doneOn: model.doneOn?.russian, notes: model.notes
        )
    }

    /// The activity these fields describe, on top of `base`; a done status needs its date (today when left empty).
    func applied(
        to base: RoadmapActivity, context: DueContext, today: CalendarDate
    ) throws -> (RoadmapActivity, warning: String?) {
        var failure = ValidationFailure()
        var activity = base
        if let number { activity.number = number.trimmingCharacters(in: .whitespaces) }
        if let title {
            activity.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
            if activity.title.isEmpty { failure.add("title", "Укажите мероприятие.") }
        }
        var warning: String?
        if let due {
            let parsed = DueDateParser.parse(due.trimmingCharacters(in: .whitespacesAndNewlines), context: context)
            activity.due = parsed.due
            warning = parsed.warning
        }
        if let responsible {
            activity.responsible = responsible.split(whereSeparator: \.isNewline).map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
        }
        if let deliverable {
            let text = deliverable.trimmingCharacters(in: .whitespacesAndNewlines)
            activity.deliverable = text.isEmpty ? nil : text
            activity.deliverableKind = DeliverableKind.recognize(text) ?? DeliverableKind.recognize(activity.title)
        }
        if let notes { activity.notes = notes.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : notes }
        if let status {
            if let value = RoadmapActivity.Status(rawValue: status) {
                activity.status = value
            } else {
                failure.add("status", "Выберите статус из списка.")
            }
        }
        if let doneOn, !doneOn.trimmingCharacters(in: .whitespaces).isEmpty {
            if let date = CalendarDate(parsing: doneOn) {
                if date > today { failure.add("done_on", "Дата выполнения не может быть в будущем.") }
                activity.doneOn = date
            } else {
                failure.add("done_on", "Дата в формате ДД.ММ.ГГГГ.")
            }
        } else if doneOn != nil {
            activity.doneOn = nil
        }
        if activity.status == .done && activity.doneOn == nil { activity.doneOn = today }
        if activity.status != .done { activity.doneOn = nil }
        try failure.throwIfAny()
        return (activity, warning)
    }
}

/// What proves an activity done: a page of the system, a link, a file — each given is kept, under one title.
struct EvidenceInput: Sendable {
    /// An object of the system offered for the activity, under the title it was offered with.
    struct Page: Sendable, Equatable {
        var title: String
        var object: EvidenceObject
    }

    var title: String
    var link: String?
    var file: ScanUpload?
    var page: Page? = nil

    static let maxBytes = 10 * 1024 * 1024

    static func check(_ input: EvidenceInput) throws {
        var failure = ValidationFailure()
        let link = input.link?.trimmingCharacters(in: .whitespaces) ?? ""
        if link.isEmpty && input.file == nil && input.page == nil {
            failure.add("evidence_link", "Укажите ссылку или приложите файл.")
        }
        if !link.isEmpty && !(link.hasPrefix("/") || link.hasPrefix("https://") || link.hasPrefix("http://")) {
            failure.add("evidence_link", "Ссылка начинается с https:// или с / для страниц системы.")
        }
        if let file = input.file, file.data.isEmpty { failure.add("evidence_file", ScanUpload.emptyProblem) }
        if let file = input.file, file.data.count > maxBytes { failure.add("evidence_file", "Файл больше 10 МБ.") }
        try failure.throwIfAny()
    }

    /// The rows to keep, each with a title a person reads: the page's own title (not its address), the title typed
    /// for the file or the link, else the file's name or the link.
    var pieces: [Piece] {
        let typed = title.trimmingCharacters(in: .whitespaces)
        let link = link?.trimmingCharacters(in: .whitespaces) ?? ""
        var pieces: [Piece] = []
        if let page {
            let title = typed.isEmpty || file != nil || !link.isEmpty ? page.title : typed
            pieces.append(Piece(title: title, object: page.object))
        }
        if !link.isEmpty {
            let title = typed.isEmpty || file != nil ? link : typed
            // A page of the system typed as its address is kept as the object it shows.
            let object = EvidenceObject(path: link)
            pieces.append(object.map { Piece(title: title, object: $0) } ?? Piece(title: title, link: link))
        }
        if let file { pieces.append(Piece(title: typed.isEmpty ? file.fileName : typed, file: file)) }
        return pieces
    }

    /// One row of evidence: an object of the system, an outside address or a file.
    struct Piece {
        var title: String
        var object: EvidenceObject? = nil
        var link: String? = nil
        var file: ScanUpload? = nil
    }
}

extension RoadmapService {
    func activity(_ id: UUID, in roadmapID: UUID) async throws -> (FoundRoadmap, RoadmapActivityModel) {
        let found = try await find(roadmapID)
        guard
            let activity = try await RoadmapActivityModel.query(on: scope.db).filter(\.$id == id)
                .filter(\.$roadmap.$id == roadmapID).with(\.$evidence).first()
        else { throw DomainError.notFound }
        return (found, activity)
    }

    /// Changes an activity and attaches evidence, checking both before saving either; returns the parser's warning
    /// about the due text, if any.
    @discardableResult
    func update(
        activity id: UUID, in roadmapID: UUID, input: ActivityInput, evidence: EvidenceInput? = nil
    ) async throws -> String? {
        let (found, model) = try await activity(id, in: roadmapID)
        guard found.manages else {
            throw DomainError.refused("Изменять дорожную карту может куратор или руководитель.")
        }
        var failure = ValidationFailure()
        var result: (RoadmapActivity, warning: String?)?
        do {
            result = try input.applied(to: model.value, context: found.model.dueContext, today: scope.today)
        } catch let error as ValidationFailure { failure.merge(error) }
        if let evidence {
            do { try EvidenceInput.check(evidence) } catch let error as ValidationFailure { failure.merge(error) }
        }
        try failure.throwIfAny()
        try await validateAccount(input.responsibleAccount, for: found)
        model.value = result!.0
        if let account = input.responsibleAccount { model.$responsibleAccount.id = UUID(uuidString: account) }
        try await model.save(on: scope.db)
        try await AuditLog(scope: scope).record(
            .update, .roadmap, objectID: roadmapID, organizationID: found.model.$organization.id, fields: ["activity"])
        if let evidence { try await addEvidence(to: id, in: roadmapID, evidence) }
        return result!.warning
    }

    func addActivity(to stageID: UUID, in roadmapID: UUID, input: ActivityInput) async throws -> UUID {
        let found = try await managed(roadmapID)
        guard
            let stage = try await RoadmapStageModel.query(on: scope.db).filter(\.$id == stageID).filter(
                \.$roadmap.$id == roadmapID
            )
            .first()
        else { throw DomainError.notFound }
        let blank = RoadmapActivity(number: "", title: "", due: DueDate(text: ""))
        var complete = input
        complete.title = input.title ?? ""
        let (value, _) = try complete.applied(to: blank, context: found.model.dueContext, today: scope.today)
        try await validateAccount(input.responsibleAccount, for: found)
        let count = try await RoadmapActivityModel.query(on: scope.db).filter(\.$stage.$id == stageID).count()
        let model = RoadmapActivityModel()
        model.$roadmap.id = roadmapID
        model.$stage.id = (try stage.requireID())
        model.position = count
        model.value = value
        model.$responsibleAccount.id = input.responsibleAccount.flatMap(UUID.init(uuidString:))
        try await model.create(on: scope.db)
        try await AuditLog(scope: scope).record(
            .update, .roadmap, objectID: roadmapID, organizationID: found.model.$organization.id, fields: ["activity"])
        return (try model.requireID())
    }

    func deleteActivity(_ id: UUID, in roadmapID: UUID) async throws {
        let (found, model) = try await activity(id, in: roadmapID)
        guard found.manages else { throw DomainError.forbidden }
        try await model.delete(on: scope.db)
        try await AuditLog(scope: scope).record(
            .update, .roadmap, objectID: roadmapID, organizationID: found.model.$organization.id, fields: ["activity"])
    }

    func addEvidence(to id: UUID, in roadmapID: UUID, _ input: EvidenceInput) async throws {
        let (found, activity) = try await activity(id, in: roadmapID)
        guard found.manages else { throw DomainError.forbidden }
        try EvidenceInput.check(input)
        try await scope.db.atomically { db in
            for piece in input.pieces {
                let evidence = RoadmapEvidenceModel()
                evidence.$activity.id = (try activity.requireID())
                evidence.title = piece.title
                evidence.link = piece.link
                evidence.object = piece.object
                evidence.fileName = piece.file?.fileName
                evidence.contentType = piece.file?.contentType
                evidence.data = piece.file?.data
                evidence.addedBy = scope.user.displayName
                evidence.addedAt = scope.now
                try await evidence.create(on: db)
                try await AuditLog(scope: scope.on(db)).record(
                    .create, .roadmapEvidence, objectID: evidence.id,
                    organizationID: found.model.$organization.id)
            }
        }
    }

    func evidence(_ id: UUID, in roadmapID: UUID) async throws -> RoadmapEvidenceModel {
        _ = try await find(roadmapID)
        guard
            let evidence = try await RoadmapEvidenceModel.query(on: scope.db).filter(\.$id == id)
                .join(RoadmapActivityModel.self, on: \RoadmapEvidenceModel.$activity.$id == \RoadmapActivityModel.$id)
                .filter(RoadmapActivityModel.self, \.$roadmap.$id == roadmapID).first()
        else { throw DomainError.notFound }
        return evidence
    }

    /// A responsible account must belong to the roadmap's organization.
    private func validateAccount(_ text: String?, for found: FoundRoadmap) async throws {
        guard let text, !text.isEmpty else { return }
        let accounts = try await RoadmapDetail.accounts(of: found, on: scope.db)
        guard let id = UUID(uuidString: text), accounts.contains(where: { $0.id == id }) else {
            throw ValidationFailure(fields: ["responsible_account": "Выберите сотрудника из списка."])
        }
    }
}
