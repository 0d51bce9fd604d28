import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// `orders/show.leaf`: an order, its appendix, the signing form and the roadmap activities it can prove.
struct OrderPage: Encodable {
    struct Item: Encodable {
        var text: String
        var url: String?
        var note: String
    }
    struct SignForm: Encodable {
        var action: String
        var fields: [FormField]
    }

    var meta: PageMeta
    var notice: String?
    var kind: String
    var status: String
    var statusKey: String
    var reference: String
    var program: String?
    var author: String
    var grounds: String
    var points: [String]
    var items: [Item]
    var documentURL: String
    var scanURL: String?
    /// A signed order rewarding with the organization's letter or diploma: its pages to print.
    var diplomasURL: String?
    var sign: SignForm?
    var failed: Bool
    var error: String?
    var suggestions: [FormField.Option]
    var evidenceURL: String

    init(
        layout: PageLayout, order: OrderModel, organization: OrganizationModel, manages: Bool, items: [Item],
        suggestions: [RoadmapActivityModel],
        form: (number: String?, date: String?), failure: ValidationFailure?, notice: String?
    ) throws {
        let id = Slot.id(try order.requireID())
        meta = layout.meta(
            "Приказ «\(order.title)»", breadcrumbs: [Link("Приказы", .orders(.id(try organization.requireID())))],
            scopeName: organization.shortName)
        self.notice = notice
        kind = order.kind.title
        status = order.status.title
        statusKey = order.status.rawValue
        reference = order.isSigned ? order.reference : ""
        program = order.program?.title
        author = order.createdBy
        grounds = order.grounds
        points = order.points
        self.items = items
        documentURL = SiteURL.orderDocument(id).path
        scanURL = order.scanName == nil ? nil : SiteURL.orderScan(id).path
        diplomasURL =
            order.isSigned && order.reward?.isOwn == true
            ? SiteURL.orderDiplomas(id).path : nil
        sign =
            (manages && !order.isSigned)
            ? SignForm(
                action: SiteURL.orderSign(id).path,
                fields: [
                    FormField("number", "Номер приказа", value: form.number, required: true, failure: failure),
                    FormField(
                        "date", "Дата подписания", kind: "date", value: form.date, required: true, failure: failure),
                    FormField(
                        "scan", "Скан подписанного приказа (PDF, JPEG, PNG до 5 МБ)", kind: "file", failure: failure),
                ]) : nil
        failed = failure != nil
        error = failure.map { $0.fields.values.sorted().joined(separator: " ") }
        self.suggestions =
            manages
            ? try suggestions.map {
                FormField.Option(
                    value: (try $0.requireID()).uuidString, title: "Приложить к «\($0.number) \($0.title)»",
                    selected: false)
            } : []
        evidenceURL = SiteURL.orderEvidence(id).path
    }
}
