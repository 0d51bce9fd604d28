import Foundation
import Testing

@testable import MentoringCore

/// The draft names what the organization runs; the edit keeps what was typed and refuses what cannot be a section.
struct RegulationTests {
    func text(_ regulation: Regulation) -> String {
        regulation.sections.flatMap { [$0.title] + $0.points }.joined(separator: "\n")
    }

    @Test func theDraftNamesTheFormsInTheMethodologysOrderTheCuratorsAndTheYears() {
        let regulation = Regulation.drafted(
            from: RegulationFacts(
                organization: "МБОУ СШ № 5", curators: ["Иванова И. И."],
                forms: [.teacherTeacher, .studentStudent, .teacherTeacher], years: 2025...2027))
        let forms = regulation.sections[1].points.filter { $0.hasPrefix("Форма") }
        #expect(forms.count == 2 && forms[0].hasPrefix("Форма «Ученик – ученик»"))
        #expect(forms[1].contains("«Опытный педагог – молодой специалист»"))
        #expect(text(regulation).contains("является Иванова И. И."))
        #expect(text(regulation).contains("2025–2027 годы") && text(regulation).contains("«МБОУ СШ № 5»"))
    }

    @Test func withoutProgramsOrCuratorsTheDraftSaysHowTheyAreSet() {
        let regulation = Regulation.drafted(
            from: RegulationFacts(organization: "Детский сад", curators: [], forms: [], years: nil))
        #expect(text(regulation).contains("Формы наставничества определяются программой наставничества организации."))
        #expect(text(regulation).contains("Куратор внедрения целевой модели наставничества назначается приказом"))
        #expect(!text(regulation).contains("годы") && regulation.sections.count == 8)
    }

    @Test func anEditDropsEmptySectionsAndLinesAndNamesEachProblem() throws {
        let input = RegulationInput(sections: [
            .init(title: " Общие ", points: ["Один.", "  ", "Два."]), .init(title: "", points: ["", " "]),
            .init(title: "Итоги", points: ["Три."]),
        ])
        #expect(
            try input.validated().sections == [
                .init(title: "Общие", points: ["Один.", "Два."]), .init(title: "Итоги", points: ["Три."]),
            ])
        let bad = RegulationInput(sections: [
            .init(title: nil, points: ["Без заголовка."]), .init(title: "Без пунктов", points: nil),
            .init(title: String(repeating: "з", count: 301), points: Array(repeating: "п", count: 61)),
        ])
        let fields = bad.failure?.fields ?? [:]
        #expect(
            fields.keys.sorted() == ["sections.1.title", "sections.2.points", "sections.3.points", "sections.3.title"])
        #expect(RegulationInput(sections: nil).failure?.fields["sections"] != nil)
        let many = RegulationInput(sections: Array(repeating: .init(title: "Р", points: ["п"]), count: 31))
        #expect(many.failure?.fields["sections"] == "Не больше 30 разделов.")
    }
}

extension RegulationInput {
    var failure: ValidationFailure? {
        do {
            _ = try validated()
            return nil
        } catch {
            return error
        }
    }
}
