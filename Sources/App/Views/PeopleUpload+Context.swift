import Foundation
import MentoringCore

/// The upload of a class or staff list (`imports/upload.leaf`); the preview comes before anything is saved.
struct PeopleUploadContext: FormContext {
    static let template = "imports/upload"
    var meta: PageMeta
    var form: FormPage.Form

    init(meta: PageMeta, organization: UUID, category: String?, failure: ValidationFailure?) {
        self.meta = meta
        form = .init(
            action: SiteURL.importPeople(.id(organization)).path,
            fields: [
                FormField(
                    "file", "Файл XLSX или CSV", kind: "file", required: true,
                    help:
                        "Список класса или педагогов: ФИО (одним столбцом или тремя), дата рождения, класс, должность, "
                        + "предмет, стаж, e-mail, телефон.",
                    failure: failure),
                FormField(
                    "category", "Категория, если в файле её не видно", kind: "select",
                    options: FormField.options(Person.Category.self, selected: category ?? "student", title: \.title)),
            ], submitTitle: "Проверить файл", cancelURL: SiteURL.people(.id(organization)).path, multipart: true)
    }
}
