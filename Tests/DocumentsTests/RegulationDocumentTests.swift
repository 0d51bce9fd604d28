import Foundation
import MentoringCore
import Testing

@testable import Documents

/// The regulation as a document: the approval stamp, the title, numbered sections with numbered points.
struct RegulationDocumentTests {
    let regulation = Regulation(sections: [
        .init(title: "Общие положения", points: ["Первый пункт.", "Второй пункт."]),
        .init(title: "Документы", points: ["Приказ."]),
    ])

    @Test func anApprovedRegulationPrintsTheOrderAndNumbersEveryPoint() throws {
        let document = RegulationDocument(
            organization: "МБОУ «Средняя школа № 1»", regulation: regulation,
            approval: ("12-од", try #require(CalendarDate(year: 2026, month: 11, day: 20))))
        let texts = try OrderDocumentTests().read(try document.docx()).texts
        #expect(texts.prefix(2) == ["Утверждено", "приказом от 20.11.2026 г. № 12-од"])
        #expect(texts.contains("ПОЛОЖЕНИЕ") && texts.contains("МБОУ «Средняя школа № 1»"))
        let body = Array(texts.drop { $0 != "1. Общие положения" })
        #expect(
            body == ["1. Общие положения", "1.1. Первый пункт.", "1.2. Второй пункт.", "2. Документы", "2.1. Приказ."])
    }

    @Test func aDraftLeavesBlanksAndSaysSo() throws {
        let texts = try OrderDocumentTests().read(
            try RegulationDocument(organization: "Школа", regulation: regulation, approval: nil).docx()
        ).texts
        #expect(texts.prefix(2) == ["Проект", "приказом от «___» ____________ 20___ г. № ______"])
        #expect(!texts.contains { $0.contains("{{") })
    }

    @Test func theBuiltInTemplateFitsItsSchema() throws {
        let template = try DocxTemplate(try RegulationDocument.builtInTemplate)
        #expect(template.problems(against: RegulationDocument.schema).isEmpty)
        #expect(
            !template.problems(against: OrderDocument.schema).isEmpty, "the order's fields are not the regulation's")
    }
}
