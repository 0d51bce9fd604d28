import Foundation
import MentoringCore

/// A person's record as a mentor (`people/mentor-record.leaf`): the figures, the pairs and groups, the rewards, and
/// which rewards the record meets the conditions of.
struct MentorRecordPageContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var cells: [String]
    }

    struct Eligibility: Encodable, Sendable {
        var title: String
        var meets: Bool
        var shortfall: String
    }

    var meta: PageMeta
    var name: String
    var facts: [Fact]
    var mentorships: [Row]
    var rewards: [Row]
    var trainings: [Row]
    var eligibility: [Eligibility]

    init(meta: PageMeta, name: String, record: MentorRecord) {
        self.meta = meta
        self.name = name
        facts = [
            Fact(label: "Стаж наставничества", value: RussianCount.years(record.years)),
            Fact(label: "Пары и группы завершены", value: "\(record.completed)"),
            Fact(label: "Работают сейчас", value: "\(record.active)"),
            Fact(label: "Наставляемых", value: "\(record.mentees)"),
            Fact(label: "Поощрений", value: "\(record.rewards.count)"),
            Fact(label: "Курсов обучения", value: "\(record.trainings.count)"),
        ]
        mentorships = record.mentorships.map {
            Row(cells: [$0.program, $0.startsOn?.russian ?? "—", $0.status.title, "\($0.mentees)"])
        }
        rewards = record.rewards.map { Row(cells: [$0.kind.title, $0.order, $0.date.russian]) }
        trainings = record.trainings.map {
            Row(cells: [
                $0.course, $0.hours.map(String.init) ?? "—", $0.completedOn?.russian ?? "—", $0.document ?? "—",
            ])
        }
        eligibility = record.eligibility().map {
            Eligibility(
                title: $0.kind.title, meets: $0.shortfall == nil, shortfall: $0.shortfall ?? "условия выполнены")
        }
    }
}
