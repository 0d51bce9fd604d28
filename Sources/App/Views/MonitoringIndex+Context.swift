import MentoringCore

/// Where monitoring starts (`monitoring/index.leaf`): the municipalities one oversees and the programs one reads.
struct MonitoringIndexContext: Encodable, Sendable {
    struct Place: Encodable, Sendable {
        var name: String
        var url: String
    }

    struct ProgramRow: Encodable, Sendable {
        var title: String
        var url: String
        var organization: String
        var period: String
    }

    var meta: PageMeta
    var municipalities: [Place]
    var programs: [ProgramRow]

    init(meta: PageMeta, municipalities: [Municipality], programs: [(program: Program, organization: String)]) {
        self.meta = meta
        self.municipalities = municipalities.map {
            Place(name: $0.name, url: SiteURL.municipalMonitoring(.id($0.id.rawValue)).path)
        }
        self.programs = programs.map { program, organization in
            ProgramRow(
                title: program.title, url: SiteURL.programMonitoring(.id(program.id.rawValue)).path,
                organization: organization,
                period: [program.period.start?.russian, program.period.end?.russian].compactMap { $0 }.joined(
                    separator: " – "))
        }
    }
}
