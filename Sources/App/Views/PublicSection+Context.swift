import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The managers' page of a public section (`organizations/public-section.leaf`): the words on it, the news, the
/// link and QR code to give out, and — for an organization — the offers to mentor that came through it.
struct PublicSectionContext: FormContext {
    static let template = "organizations/public-section"

    struct News: Encodable, Sendable {
        var title: String
        var date: String
        var deleteURL: String
    }

    struct Application: Encodable, Sendable {
        var name: String
        var date: String
        var kind: String
        var workplace: String
        var offer: String
        var program: String?
    }

    var meta: PageMeta
    var form: FormPage.Form
    var newsForm: FormPage.Form
    var notice: String?
    var publicURL: String
    var link: String
    var qr: String
    var news: [News]
    var applications: [Application]
    var isOrganization: Bool

    init(
        meta: PageMeta, notice: String?, state: PublicSectionState, appURL: String,
        input: PublicSectionInput?, newsInput: NewsInput, failure: ValidationFailure?, newsFailure: ValidationFailure?
    ) throws {
        self.meta = meta
        self.notice = notice
        let page = state.owner.publicPage
        (publicURL, link) = (page.path, appURL + page.path)
        qr = (try? QRCode(link).svg(pixels: 180)) ?? ""
        isOrganization = if case .organization = state.owner { true } else { false }
        news = try state.news.map {
            News(
                title: $0.title, date: $0.publishedOn.russian,
                deleteURL: SiteURL.newsDelete(.id(try $0.requireID())).path)
        }
        applications = state.applications.map {
            Application(
                name: $0.name, date: $0.model.createdAt.russianDateTime,
                kind: ($0.model.alumnus ? "Выпускник. " : "") + $0.model.kind.title, workplace: $0.model.workplace,
                offer: $0.model.offer, program: $0.program)
        }
        let words = input ?? PublicSectionInput(intro: state.details.intro, contacts: state.details.contacts)
        form = .init(
            action: state.owner.managersPage.path,
            fields: [
                FormField(
                    "intro", "О наставничестве в организации", kind: "textarea", value: words.intro,
                    help: "Первый абзац раздела на сайте.", failure: failure),
                FormField(
                    "contacts", "Куратор и контакты", kind: "textarea", value: words.contacts,
                    help: "Публикуется как есть: впишите только то, что вы согласны показать всем.", failure: failure),
            ], submitTitle: "Сохранить", cancelURL: publicURL)
        newsForm = .init(
            action: state.owner.newsAction.path,
            fields: [
                FormField("title", "Заголовок", value: newsInput.title, required: true, failure: newsFailure),
                FormField(
                    "body", "Текст", kind: "textarea", value: newsInput.body, required: true, failure: newsFailure),
                FormField(
                    "publishedOn", "Дата", kind: "date", value: newsInput.publishedOn, help: "Пусто — сегодня.",
                    failure: newsFailure),
            ], submitTitle: "Опубликовать", cancelURL: publicURL, failed: newsFailure != nil)
    }
}
