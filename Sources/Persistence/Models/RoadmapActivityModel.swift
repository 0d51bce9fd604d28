import FluentKit
import Foundation
import MentoringCore

package final class RoadmapActivityModel: Model, @unchecked Sendable {
    package static let schema = "roadmap_activities"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "roadmap_id") package var roadmap: RoadmapModel
    @Parent(key: "stage_id") package var stage: RoadmapStageModel
    @Field(key: "position") package var position: Int
    @Field(key: "number") package var number: String
    @Field(key: "title") package var title: String
    @Field(key: "due_text") package var dueText: String
    @OptionalField(key: "due_start") package var dueStart: String?
    @OptionalField(key: "due_end") package var dueEnd: String?
    @Field(key: "checkpoint") package var checkpoint: Bool
    @OptionalField(key: "repeat_rule") package var repeatRule: RepeatRule?
    /// "start..end" per occurrence, separated by ";"; an unknown end is empty.
    @Field(key: "occurrences") package var occurrences: String
    /// Roles or positions, one per line.
    @Field(key: "responsible") package var responsible: String
    @OptionalParent(key: "responsible_account_id") package var responsibleAccount: AccountModel?
    @OptionalField(key: "deliverable") package var deliverable: String?
    @OptionalField(key: "deliverable_kind") package var deliverableKind: DeliverableKind?
    @Field(key: "status") package var status: RoadmapActivity.Status
    @OptionalField(key: "done_on") package var doneOn: CalendarDate?
    @OptionalField(key: "notes") package var notes: String?
    @Children(for: \.$activity) package var evidence: [RoadmapEvidenceModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $roadmap, $stage, $position, $number, $title, $dueText, $dueStart, $dueEnd, $checkpoint, $repeatRule,
            $occurrences, $responsible, $responsibleAccount, $deliverable, $deliverableKind, $status, $doneOn, $notes,
            $evidence,
        ])
    }

    package var due: DueDate {
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
    package var value: RoadmapActivity {
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
