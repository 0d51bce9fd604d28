import MentoringCore

/// A program's card (`programs/card.leaf`): where its work is done, its surveys and its forms.
struct ProgramCardContext: Encodable, Sendable {
    struct Survey: Encodable, Sendable {
        var title: String
        var url: String
        var audience: String
        var period: String
        var answered: String
    }

    struct Form: Encodable, Sendable {
        var title: String
        var roleModels: String
    }

    var meta: PageMeta
    var period: String
    var links: [Link]
    var surveys: [Survey]
    var forms: [Form]

    init(meta: PageMeta, program: Program, manages: Bool, surveys: [SurveySummary]) {
        self.meta = meta
        period = program.period.russian ?? "—"
        let id = Slot.id(program.id.rawValue)
        links = [
            Link("База наставников", .mentorBase(id)), Link("База наставляемых", .menteeBase(id)),
            Link("Лист ожидания", .waitlist(id)), Link("Реестр наставников", .registry(id)),
            Link("Подбор пар", .matching(id)), Link("Пары и группы", .mentorships(id)),
            Link("Приказы", .orders(.id(program.organizationID.rawValue))), Link("Мониторинг", .programMonitoring(id)),
        ]
        if manages {
            links += [
                Link("Отправить анкету", .newSurvey(id)),
                Link("Загрузить список участников", .importPeople(.id(program.organizationID.rawValue))),
                Link("Изменить программу", .editProgram(id)), Link("Учётные записи участников", .programAccounts(id)),
            ]
        }
        self.surveys = surveys.map { survey in
            Survey(
                title: survey.title, url: SiteURL.survey(.id(survey.id.rawValue)).path, audience: survey.audience,
                period: "\(survey.opensOn.russian) – \(survey.closesOn.russian)",
                answered: "\(survey.answered) из \(survey.invited)")
        }
        forms = program.forms.map { Form(title: $0.title, roleModels: $0.roleModels.joined(separator: "; ")) }
    }
}
