import Foundation
import MentoringCore
import Testing

@testable import Documents

/// Roadmaps from other schools differ from ours the way real documents do: a number typed into the title's cell,
/// a tab slipped inside a word, a long cell's own list items, a title broken by a blank line, rows of dashes.
/// Each variant of the same roadmap must import to the same stages, activities and dates.
struct RoadmapVariantTests {
    static let canonical = """
        Дорожная карта
        Внедрения целевой модели наставничества обучающихся на 2025-2026 уч. год

        №\tМероприятие\tСрок\tОтветственный\tРезультат
        1.\tПодготовка условий\t\t\t
        1.1\tИздание приказа о внедрении целевой модели\tсентябрь 2025\tДиректор\tПриказ
        1.2\tПроведение совещания, на котором обсуждаются:\tАвгуст\tКуратор\tПротокол
        \t1. цели программы;\t\t\t
        \t2. сроки проведения анкетирования\t\t\t
        2.\tФормирование базы наставляемых\t\t\t
        2.1\tАнкетирование обучающихся\tВ течение года\tКуратор\tАнкеты
        2.2\tСбор согласий родителей\tоктябрь 2025\tКлассные руководители\tСогласия
        \t1. Бланки согласий на сайте школы\t\t\t
        """

    struct Variant: Sendable, CustomStringConvertible {
        var description: String
        var transform: @Sendable (String) -> String
    }

    static let variants: [Variant] = [
        Variant(description: "number and title in one cell") { text in
            rows(text) { cells in
                guard cells.count > 2, cells[0].contains("."), cells[0].count > 2 else { return cells }
                return [cells[0] + ". " + cells[1]] + cells[2...]
            }
        },
        Variant(description: "a tab inside a word") { text in
            rows(text) { cells in
                let word = Array(cells.count > 2 ? cells[1] : "")
                guard word.first?.isUppercase == true,
                    let cut = (3..<max(3, word.count)).first(where: { word[$0 - 1].isLetter && word[$0].isLowercase })
                else { return cells }
                return [cells[0], String(word[..<cut]), String(word[cut...])] + cells[2...]
            }
        },
        Variant(description: "list items of a long cell on lines of their own") { text in
            text.replacingOccurrences(of: "\t1. цели программы;\t\t\t", with: "1. цели программы;")
                .replacingOccurrences(
                    of: "\t1. Бланки согласий на сайте школы\t\t\t",
                    with: "1. Бланки согласий на сайте школы")
        },
        Variant(description: "the title parted by a blank line") { text in
            text.replacingOccurrences(of: "Дорожная карта\n", with: "Дорожная карта\n\n")
        },
        Variant(description: "rows of dashes") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let dashes = "\n-----\t--------------\t------\t-----\t---\n______________"
                return line.contains("\t") ? line + dashes : String(line)
            }.joined(separator: "\n")
        },
    ]

    /// Applies `change` to the cells of every table line.
    static func rows(_ text: String, _ change: ([String]) -> [String]) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.contains("\t") else { return String(line) }
            return change(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
                .joined(separator: "\t")
        }.joined(separator: "\n")
    }

    static func read(_ text: String) throws -> RoadmapImport {
        try RoadmapImporter.read(Data(text.utf8), fileName: "roadmap.txt")
    }

    @Test func theCanonicalFormReadsWholly() throws {
        let result = try Self.read(Self.canonical)
        #expect(result.period == .academicYear(startingIn: 2025))
        #expect(result.stages.map(\.number) == ["1", "2"])
        #expect(result.stages.map { $0.activities.map(\.activity.number) } == [["1.1", "1.2"], ["2.1", "2.2"]])
        let meeting = try #require(result.stages.first?.activities.last?.activity)
        #expect(meeting.title.hasSuffix("обсуждаются: 1. цели программы; 2. сроки проведения анкетирования"))
        #expect(meeting.due.start?.description == "2026-08-01")
        #expect(result.stages[1].activities[0].activity.due.end?.description == "2026-08-31")
        #expect(result.warnings.isEmpty)
    }

    @Test(arguments: variants)
    func aVariantImportsAsTheCanonicalForm(_ variant: Variant) throws {
        let expected = try Self.read(Self.canonical).roadmap(fileName: "roadmap.txt")
        let result = try Self.read(variant.transform(Self.canonical))
        #expect(result.roadmap(fileName: "roadmap.txt") == expected)
        #expect(result.warnings.isEmpty)
    }

    @Test func allVariantsAtOnceImportAsTheCanonicalForm() throws {
        let expected = try Self.read(Self.canonical).roadmap(fileName: "roadmap.txt")
        let text = Self.variants.reduce(Self.canonical) { $1.transform($0) }
        #expect(try Self.read(text).roadmap(fileName: "roadmap.txt") == expected)
    }

    @Test func aDocxWithNumbersInTitleCellsAndDashRowsReadsAsTheText() throws {
        typealias X = DocxFixture
        let expected = try Self.read(Self.canonical).roadmap(fileName: "roadmap.txt")
        let changed = Self.variants[4].transform(Self.variants[0].transform(Self.canonical))
        let body = changed.split(separator: "\n").map { line in
            guard line.contains("\t") else { return X.paragraph(String(line)) }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { X.cell(String($0)) }
            return "<w:tbl>" + X.row(cells.joined()) + "</w:tbl>"
        }.joined()
        let result = try RoadmapImporter.read(X.make(body: body), fileName: "roadmap.docx")
        #expect(result.roadmap(fileName: "roadmap.txt") == expected)
    }

    /// The field samples, changed the same way, keep every activity and date.
    @Test(arguments: [
        "roadmap-technolyceum-2023-2026.txt", "municipal-order-dzerzhinsky-2022.txt",
        "roadmap-balakhta-college-2024-2025.txt",
    ])
    func aSampleWithStrayTabsAndDashRowsImportsAsItself(_ file: String) throws {
        guard let data = Files.sample(file), let text = String(data: data, encoding: .utf8) else { return }
        let expected = try RoadmapImporter.read(data, fileName: file).roadmap(fileName: file)
        for variant in [Self.variants[1], Self.variants[4]] {
            let changed = try RoadmapImporter.read(Data(variant.transform(text).utf8), fileName: file)
            #expect(changed.roadmap(fileName: file) == expected, "\(variant)")
        }
    }
}
