import Fluent
import FluentKit
import Foundation
import MentoringCore

final class RoadmapActivityModel: Model, @unchecked Sendable {
    static let schema = "roadmap_activities"
    @ID(key: .id) var id: UUID?
    @Parent(key: "roadmap_id") var roadmap: RoadmapModel
    @Parent(key: "stage_id") var stage: RoadmapStageModel
    @Field(key: "position") var position: Int
    @Field(key: "number") var number: String
    @Field(key: "title") var title: String
    @Field(key: "due_text") var dueText: String
    @OptionalField(key: "due_start") var dueStart: String?
    @OptionalField(key: "due_end") var dueEnd: String?
    @Field(key: "checkpoint") var checkpoint: Bool
    @OptionalField(key: "repeat_rule") var repeatRule: RepeatRule?
    /// "start..end" per occurrence, separated by ";"; an unknown end is empty.
    @Field(key: "occurrences") var occurrences: String
    /// Roles or positions, one per line.
    @Field(key: "responsible") var responsible: String
    @OptionalParent(key: "responsible_account_id") var responsibleAccount: AccountModel?
    @OptionalField(key: "deliverable") var deliverable: String?
    @OptionalField(key: "deliverable_kind") var deliverableKind: DeliverableKind?
    @Field(key: "status") var status: RoadmapActivity.Status
    @OptionalField(key: "done_on") var doneOn: CalendarDate?
    @OptionalField(key: "notes") var notes: String?
    @Children(for: \.$activity) var evidence: [RoadmapEvidenceModel]

    init() {}

    var due: DueDate {
        get {
            DueDate(
                text: dueText, start: dueStart.flatMap(CalendarDate.init(parsing:)),
                end: dueEnd.flatMap(CalendarDate.init(parsing:)),
                checkpoint: checkpoint, repeatRule: repeatRule,
                occurrences: occurrences.split(separator: ";").map { pair in
                    let ends = pair.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
                    return DateSpan(
                        start: CalendarDate(parsing: String(ends.first ?? "")),
                        end: CalendarDate(parsing: String(ends.last ?? "")))
                })
        }
        set {
            dueText = newValue.text
            dueStart = newValue.start?.description
            dueEnd = newValue.end?.description
            checkpoint = newValue.checkpoint
            repeatRule = newValue.repeatRule
            occurrences = newValue.occurrences.map { "\($0.start?.description ?? "")..\($0.end?.description ?? "")" }
                .joined(separator: ";")
        }
    }

    /// The Core value, for rules (overdue, next deadline) and exports.
    var value: RoadmapActivity {
        get {
            RoadmapActivity(
                number: number, title: title, due: due,
                responsible: responsible.split(separator: "\n").map(String.init),
                deliverable: deliverable, deliverableKind: deliverableKind,
                status: status,
                doneOn: doneOn, notes: notes)
        }
        set {
            number = newValue.number
            title = newValue.title
            due = newValue.due
            responsible = newValue.responsible.joined(separator: "\n")
            deliverable = newValue.deliverable
            deliverableKind = newValue.deliverableKind
            status = newValue.status
            doneOn = newValue.doneOn
            notes = newValue.notes
        }
    }
}
