import Documents
import Foundation
import MentoringCore
import Testing

/// The real roadmaps in `../shared/domain/samples/` import with every activity kept and their dates right.
struct SampleRoadmapTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var file: String
        var stages: Int
        var activities: Int
        var period: (String?, String?)
        /// Activity number (or title prefix when unnumbered) → due start, due end.
        var dues: [(String, String?, String?)]
        var description: String { file }
    }

    static let expectations = [
        Expectation(
            file: "roadmap-technolyceum-2023-2026.txt", stages: 8, activities: 41, period: ("2023-09-01", "2026-08-31"),
            dues: [
                ("Изучение Целевой модели", "2023-08-01", "2026-05-31"),
                ("1.1", "2023-09-01", "2023-10-31"), ("1.6", "2023-11-01", "2023-11-30"),
                ("2.1", "2022-09-01", "2022-09-30"),
                ("2.6", "2023-12-01", "2023-12-31"), ("3.1", "2023-11-01", "2023-12-31"),
                ("4.1", "2023-12-01", "2024-01-31"),
                ("4.3", "2024-09-01", "2025-08-31"), ("5.1", "2024-02-01", "2024-02-29"),
                ("6.4", "2025-02-01", "2025-08-31"),
                ("6.6", "2025-05-01", "2025-05-31"), ("7.6", "2025-08-01", "2025-08-31"),
                ("7.7", "2024-09-01", "2024-09-30"),
            ]),
        Expectation(
            file: "municipal-order-dzerzhinsky-2022.txt", stages: 5, activities: 26,
            period: ("2022-09-01", "2023-08-31"),
            dues: [
                ("1.1", "2022-09-01", "2022-10-31"), ("1.2", "2022-10-01", "2022-10-31"), ("1.5", nil, "2022-10-28"),
                ("1.6", nil, "2022-10-20"), ("2.1", "2022-09-01", "2023-08-31"), ("2.3", "2022-12-01", "2022-12-31"),
                ("2.4", "2022-09-01", "2023-08-31"), ("3.1", nil, "2022-10-28"), ("3.3", nil, nil),
                ("3.4", "2022-09-01", "2023-08-31"),
                ("3.5", nil, nil), ("5.1", nil, nil), ("5.4", "2022-05-01", "2022-06-30"),
                ("5.5", "2022-06-01", "2022-06-30"),
            ]),
        Expectation(
            file: "roadmap-balakhta-college-2024-2025.txt", stages: 8, activities: 11,
            period: ("2024-09-01", "2025-08-31"),
            dues: [
                ("Изучение и систематизация", nil, nil), ("Подготовка нормативной базы", nil, nil),
                ("Выбор форм", nil, nil),
                ("Информирование педагогов", nil, nil), ("Сбор данных о наставляемых", nil, nil),
                ("Сбор данных о наставниках", nil, nil),
                ("Выявление наставников", nil, nil), ("Отбор наставников", nil, nil), ("Отчеты по итогам", nil, nil),
                ("Мотивация и поощрения", nil, nil), ("Освещение мероприятий", nil, nil),
            ]),
    ]

    @Test(arguments: expectations)
    func sampleImportsWithEveryActivityAndItsDates(_ expected: Expectation) throws {
        guard let data = Files.sample(expected.file) else { return }  // the shared folder is not part of every checkout
        let result = try RoadmapImporter.read(data, fileName: expected.file)
        #expect(result.stages.count == expected.stages)
        #expect(result.activityCount == expected.activities)
        #expect(result.period.start?.description == expected.period.0)
        #expect(result.period.end?.description == expected.period.1)
        #expect(result.warnings.isEmpty)
        let activities = result.stages.flatMap(\.activities).map(\.activity)
        for (key, start, end) in expected.dues {
            let found = activities.first { $0.number == key } ?? activities.first { $0.title.hasPrefix(key) }
            #expect(found != nil, "\(key)")
            #expect(found?.due.start?.description == start, "\(key)")
            #expect(found?.due.end?.description == end, "\(key)")
        }
    }

    @Test func balakhtaKeepsTheContentColumnAndThePageBreak() throws {
        guard let data = Files.sample("roadmap-balakhta-college-2024-2025.txt") else { return }
        let result = try RoadmapImporter.read(data, fileName: "b.txt")
        let first = try #require(result.stages.first?.activities.first?.activity)
        #expect(first.notes?.contains("работников в образовательных организациях»") == true)
        #expect(
            result.stages[4].activities.first?.activity.notes?.contains(
                "4. Организация промежуточных рефлексивных встреч") == true)
        #expect(result.approvalOrder == "приказ № 237 от 30.08.2024")
    }

    @Test func municipalRowsBrokenAcrossPagesJoin() throws {
        guard let data = Files.sample("municipal-order-dzerzhinsky-2022.txt") else { return }
        let activities = try RoadmapImporter.read(data, fileName: "m.txt").stages.flatMap(\.activities).map(\.activity)
        let roadmapApproval = try #require(activities.first { $0.number == "1.3" })
        #expect(
            roadmapApproval.title
                == "Утверждение муниципальной дорожной карты внедрения МЦМН педагогических работников и обучающихся в образовательных организациях Дзержинского района"
        )
        #expect(roadmapApproval.responsible == ["Управление образования"])
        #expect(activities.first { $0.number == "5.2" }?.responsible.count == 1)
    }
}
