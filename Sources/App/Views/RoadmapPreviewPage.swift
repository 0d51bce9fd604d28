import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore

/// `roadmaps/preview.leaf`: the imported roadmap as an editable table, each warning at its row, before saving.
struct RoadmapPreviewPage: Encodable {
    struct Activity: Encodable {
        var stage: Int
        var number: String
        var title: String
        var due: String
        var dates: String?
        var responsible: String
        var deliverable: String
        var notes: String
        var line: Int
        var warning: String?
    }

    struct Stage: Encodable {
        var index: Int
        var number: String
        var title: String
        var goal: String
        var activities: [Activity]
    }

    var meta: PageMeta
    var action: String
    var cancelURL: String
    var fileName: String
    var owner: String
    var ownerName: String
    var title: String
    var periodStart: String
    var periodEnd: String
    var approvalOrder: String
    var stages: [Stage]
    var activityCount: Int
    var warnings: [RoadmapImport.Warning]
    var failure: [String: String]
}

extension RoadmapPreviewPage {
    init(layout: PageLayout, form: ImportedRoadmapForm, ownerName: String, failure: ValidationFailure?) {
        let roadmap = form.roadmap
        let context = roadmap.dueContext
        var stages: [Stage] = form.stageNumbers.indices.map { index in
            Stage(
                index: index, number: form.stageNumbers[index], title: form.stageTitles[index],
                goal: form.stageGoals[index], activities: [])
        }
        var warnings: [RoadmapImport.Warning] = form.extraWarnings
        for index in form.activityTitles.indices {
            let parsed = DueDateParser.parse(form.activityDues[index], context: context)
            let line = form.activityLines[index]
            if let warning = parsed.warning { warnings.append(.init(line: line, message: warning)) }
            let stage = min(max(0, form.activityStages[index]), stages.count - 1)
            stages[stage].activities.append(
                Activity(
                    stage: stage, number: form.activityNumbers[index], title: form.activityTitles[index],
                    due: form.activityDues[index],
                    dates: RoadmapPage.dates(parsed.due), responsible: form.activityResponsible[index],
                    deliverable: form.activityDeliverables[index],
                    notes: form.activityNotes[index], line: line, warning: parsed.warning))
        }
        self.init(
            meta: layout.meta(
                "Проверка загруженной дорожной карты", breadcrumbs: [Link("Дорожные карты", .roadmaps)],
                scopeName: ownerName),
            action: SiteURL.saveImportedRoadmap.path, cancelURL: SiteURL.importRoadmap.path, fileName: form.fileName,
            owner: form.owner,
            ownerName: ownerName, title: form.title, periodStart: form.periodStart, periodEnd: form.periodEnd,
            approvalOrder: form.approvalOrder, stages: stages, activityCount: form.activityTitles.count,
            warnings: warnings.sorted { $0.line < $1.line }, failure: failure?.fields ?? [:])
    }
}
