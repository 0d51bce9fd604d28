import Foundation
import MentoringCore

/// A new roadmap from a template (`roadmaps/new.leaf`).
struct RoadmapFormContext: FormContext {
    static let template = "roadmaps/new"
    var meta: PageMeta
    var form: FormPage.Form

    init(
        meta: PageMeta, input: NewRoadmapInput, owners: [(owner: Roadmap.Owner, name: String)],
        failure: ValidationFailure?
    ) {
        self.meta = meta
        form = .init(
            action: SiteURL.newRoadmap.path, fields: NewRoadmapInput.fields(input, owners: owners, failure: failure),
            submitTitle: "Создать", cancelURL: SiteURL.roadmaps.path)
    }
}

/// A new stage of a roadmap (`roadmaps/stage.leaf`).
struct StageFormContext: FormContext {
    static let template = "roadmaps/stage"
    var meta: PageMeta
    var form: FormPage.Form

    init(meta: PageMeta, roadmap: UUID, input: StageInput, failure: ValidationFailure?) {
        self.meta = meta
        form = .init(
            action: SiteURL.newStage(.id(roadmap)).path,
            fields: [
                FormField(
                    "number", "Номер этапа", value: input.number,
                    help: "Например, 3; для подготовительного этапа — 0 или пусто.", failure: failure),
                FormField("title", "Название этапа", value: input.title, required: true, failure: failure),
                FormField("goal", "Задача этапа", kind: "textarea", value: input.goal, failure: failure),
            ], submitTitle: "Добавить этап", cancelURL: SiteURL.roadmap(.id(roadmap)).path)
    }
}

/// The upload of a roadmap document the organization already has (`roadmaps/upload.leaf`).
struct RoadmapUploadContext: FormContext {
    static let template = "roadmaps/upload"
    var meta: PageMeta
    var form: FormPage.Form

    init(
        meta: PageMeta, owners: [(owner: Roadmap.Owner, name: String)], owner: String?, failure: ValidationFailure?
    ) {
        self.meta = meta
        form = .init(
            action: SiteURL.importRoadmap.path,
            fields: [
                FormField(
                    "owner", "Чья дорожная карта", kind: "select", required: true, failure: failure,
                    options: owners.map {
                        .init(
                            value: NewRoadmapInput.ownerKey($0.owner), title: $0.name,
                            selected: NewRoadmapInput.ownerKey($0.owner) == owner)
                    }),
                FormField(
                    "file", "Файл", kind: "file", required: true,
                    help: "DOCX (таблица из Word), XLSX, CSV или текст с табуляциями; до 20 МБ.", failure: failure),
            ], submitTitle: "Прочитать файл", cancelURL: SiteURL.roadmaps.path, multipart: true)
    }
}
