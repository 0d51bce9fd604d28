import Foundation
import MentoringCore

/// The municipal bases by the order's form (`bases/municipal.leaf`): curators, then mentors by where they come from.
struct MunicipalBasesContext: Encodable, Sendable {
    struct Curator: Encodable, Sendable {
        var name: String
        var organization: String
    }

    struct Mentor: Encodable, Sendable {
        var name: String
        var organization: String
        var role: String
        var competencies: String
        var status: String
        var statusTitle: String
    }

    /// `teachers`, `partners`, `students` or `offered`: which list of the order's form.
    struct Group: Encodable, Sendable {
        var kind: String
        var mentors: [Mentor]
    }

    var meta: PageMeta
    var links: [Link]
    var curators: [Curator]
    var groups: [Group]

    init(meta: PageMeta, municipalities: [UUID], curators: [MunicipalBases.Curator], mentors: [MunicipalBases.Mentor]) {
        self.meta = meta
        links = municipalities.flatMap {
            [
                Link("Справочники муниципалитета", .municipalVocabularies(.id($0))),
                Link("Шаблоны документов муниципалитета", .documentTemplates(.id($0), municipal: true)),
                Link("Подбор пар по муниципалитету", .municipalMatching(.id($0))),
                Link("План обучения наставников", .trainings(.id($0))),
                Link("Конкурсы наставников", .contests(.id($0))),
                Link("База лучших практик", .municipalBestPractices(.id($0))),
                Link("Раздел на сайте", .municipalPublicSection(.id($0))),
            ]
        }
        self.curators = curators.map { Curator(name: $0.name, organization: $0.organization) }
        func group(_ kind: String, _ included: (MunicipalBases.Mentor) -> Bool) -> Group {
            Group(
                kind: kind,
                mentors: mentors.filter(included).map { mentor in
                    Mentor(
                        name: mentor.person.fullName, organization: mentor.organization,
                        // A partner's mentor is listed with the partner that supplies them.
                        role: [mentor.person.partnerName, BaseRows.role(mentor.person)].compactMap { $0 }
                            .joined(separator: ", "),
                        competencies: mentor.profile.competencies.joined(separator: "; "),
                        status: mentor.profile.status.rawValue, statusTitle: mentor.profile.status.title)
                })
        }
        func of(_ categories: Person.Category...) -> (MunicipalBases.Mentor) -> Bool {
            { mentor in categories.contains { mentor.person.categories.contains($0) } }
        }
        groups = [
            group("teachers", of(.teacher, .head)), group("partners", of(.employerRepresentative)),
            group("students", of(.student, .universityStudent)), group("offered") { $0.profile.offeredToOthers },
        ]
    }
}
