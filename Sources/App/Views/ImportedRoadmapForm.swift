import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore

/// The preview form's fields: the heading and one parallel array entry per stage and per activity.
struct ImportedRoadmapForm: Codable, Sendable {
    var fileName: String
    var owner: String
    var title: String
    var periodStart: String
    var periodEnd: String
    var approvalOrder: String
    var stageNumbers: [String]
    var stageTitles: [String]
    var stageGoals: [String]
    var activityStages: [Int]
    var activityNumbers: [String]
    var activityTitles: [String]
    var activityDues: [String]
    var activityResponsible: [String]
    var activityDeliverables: [String]
    var activityNotes: [String]
    var activityLines: [Int]
    /// Warnings about the file that do not belong to one activity; not sent back by the browser.
    var extraWarnings: [RoadmapImport.Warning] = []

    enum CodingKeys: String, CodingKey {
        case fileName = "file_name"
        case owner, title
        case periodStart = "period_start"
        case periodEnd = "period_end"
        case approvalOrder = "approval_order"
        case stageNumbers = "s_number"
        case stageTitles = "s_title"
        case stageGoals = "s_goal"
        case activityStages = "a_stage"
        case activityNumbers = "a_number"
        case activityTitles = "a_title"
        case activityDues = "a_due"
        case activityResponsible = "a_responsible"
        case activityDeliverables = "a_deliverable"
        case activityNotes = "a_notes"
        case activityLines = "a_line"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String { ((try? c.decodeIfPresent(String.self, forKey: key)) ?? nil) ?? "" }
        func list(_ key: CodingKeys) -> [String] { ((try? c.decodeIfPresent([String].self, forKey: key)) ?? nil) ?? [] }
        fileName = text(.fileName)
        owner = text(.owner)
        title = text(.title)
        periodStart = text(.periodStart)
        periodEnd = text(.periodEnd)
        approvalOrder = text(.approvalOrder)
        stageNumbers = list(.stageNumbers)
        stageTitles = list(.stageTitles)
        stageGoals = list(.stageGoals)
        activityStages = list(.activityStages).map { Int($0) ?? 0 }
        activityNumbers = list(.activityNumbers)
        activityTitles = list(.activityTitles)
        activityDues = list(.activityDues)
        activityResponsible = list(.activityResponsible)
        activityDeliverables = list(.activityDeliverables)
        activityNotes = list(.activityNotes)
        activityLines = list(.activityLines).map { Int($0) ?? 0 }
        let stageCount = stageTitles.count
        let activityCount = activityTitles.count
        guard stageCount > 0, [stageNumbers.count, stageGoals.count].allSatisfy({ $0 == stageCount }),
            [
                activityStages.count, activityNumbers.count, activityDues.count, activityResponsible.count,
                activityDeliverables.count,
                activityNotes.count, activityLines.count,
            ].allSatisfy({ $0 == activityCount })
        else {
            throw MalformedForm(message: "Форма проверки пришла не полностью. Загрузите файл ещё раз.")
        }
    }

    init(_ imported: RoadmapImport, fileName: String, owner: String) {
        self.fileName = fileName
        self.owner = owner
        title = imported.title
        periodStart = imported.period.start?.russian ?? ""
        periodEnd = imported.period.end?.russian ?? ""
        approvalOrder = imported.approvalOrder ?? ""
        stageNumbers = imported.stages.map(\.number)
        stageTitles = imported.stages.map(\.title)
        stageGoals = imported.stages.map { $0.goal ?? "" }
        let entries = imported.stages.enumerated().flatMap { index, stage in stage.activities.map { (index, $0) } }
        activityStages = entries.map(\.0)
        activityNumbers = entries.map(\.1.activity.number)
        activityTitles = entries.map(\.1.activity.title)
        activityDues = entries.map(\.1.activity.due.text)
        activityResponsible = entries.map { $0.1.activity.responsible.joined(separator: "\n") }
        activityDeliverables = entries.map { $0.1.activity.deliverable ?? "" }
        activityNotes = entries.map { $0.1.activity.notes ?? "" }
        activityLines = entries.map(\.1.line)
        let activityLineSet = Set(activityLines)
        extraWarnings = imported.warnings.filter { !activityLineSet.contains($0.line) }
    }

    /// The roadmap as edited; dues are read again in the context of the (possibly corrected) title and period.
    var roadmap: Roadmap {
        let period = DateSpan(start: CalendarDate(parsing: periodStart), end: CalendarDate(parsing: periodEnd))
        var roadmap = Roadmap(
            title: title.trimmingCharacters(in: .whitespaces), period: period,
            approvalOrder: approvalOrder.isEmpty ? nil : approvalOrder, source: .imported(fileName: fileName))
        let context = roadmap.dueContext
        roadmap.stages = stageTitles.indices.map {
            RoadmapStage(
                number: stageNumbers[$0], title: stageTitles[$0], goal: stageGoals[$0].isEmpty ? nil : stageGoals[$0])
        }
        for index in activityTitles.indices where !activityTitles[index].trimmingCharacters(in: .whitespaces).isEmpty {
            let stage = min(max(0, activityStages[index]), roadmap.stages.count - 1)
            roadmap.stages[stage].activities.append(
                RoadmapActivity(
                    number: activityNumbers[index], title: activityTitles[index],
                    due: DueDateParser.parse(activityDues[index], context: context).due,
                    responsible: activityResponsible[index].split(whereSeparator: \.isNewline).map {
                        $0.trimmingCharacters(in: .whitespaces)
                    }.filter { !$0.isEmpty },
                    deliverable: activityDeliverables[index].isEmpty ? nil : activityDeliverables[index],
                    notes: activityNotes[index].isEmpty ? nil : activityNotes[index]))
        }
        return roadmap
    }

    func validate() throws {
        var failure = ValidationFailure()
        if title.trimmingCharacters(in: .whitespaces).isEmpty {
            failure.add("title", "Укажите название дорожной карты.")
        }
        if !periodStart.isEmpty && CalendarDate(parsing: periodStart) == nil {
            failure.add("period_start", "Дата в формате ДД.ММ.ГГГГ.")
        }
        if !periodEnd.isEmpty && CalendarDate(parsing: periodEnd) == nil {
            failure.add("period_end", "Дата в формате ДД.ММ.ГГГГ.")
        }
        try failure.throwIfAny()
    }
}
